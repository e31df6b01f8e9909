package org.siproc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.person.NameKey;

class NameBlockingTest {

    private static String code(String word) {
        return NameBlocking.code(NameKey.of(word));
    }

    @Test
    void spellingsThatSoundAlikeInSpanishShareACode() {
        assertThat(code("Vanegas")).isEqualTo(code("Banegas"));
        assertThat(code("Fúnez")).isEqualTo(code("Funes"));
        assertThat(code("Óscar")).isEqualTo(code("Oskar"));
        assertThat(code("Hernández")).isEqualTo(code("Ernandes"));
        assertThat(code("Villeda")).isEqualTo(code("Viyeda"));
        assertThat(code("Jiménez")).isEqualTo(code("Gimenes"));
        assertThat(code("Quiroz")).isEqualTo(code("Kiros"));
        assertThat(code("Guevara")).isEqualTo(code("Guebara"));
        assertThat(code("Carranza")).isEqualTo(code("Caranza"));
    }

    @Test
    void differentNamesKeepDifferentCodes() {
        assertThat(code("García")).isNotEqualTo(code("Garza"));
        assertThat(code("Cecilia")).isNotEqualTo(code("Cecil"));
        assertThat(code("Chávez")).isNotEqualTo(code("Cavez")); // "ch" is its own sound
        assertThat(code("Gerson")).isNotEqualTo(code("Guerson")); // soft g before e, hard g in "gue"
    }

    @Test
    void aPersonIsFiledUnderEachWordAndEachPairOfWordsInAnyOrder() {
        Set<String> keys = NameBlocking.keys("jose angel nunez pena");

        assertThat(keys).hasSize(4 + 6).contains("jose", "anjel", "nunes", "pena", "anjel jose", "nunes pena");
        assertThat(NameBlocking.keys("jose angel pena nunez")).isEqualTo(new HashSet<>(keys));
        assertThat(keys).containsAll(NameBlocking.keys("jose angel nunez"));
    }

    @Test
    void repeatedWordsAndEmptyNamesGiveNoExtraKeys() {
        assertThat(NameBlocking.keys("rosa rosa")).containsExactly("rosa");
        assertThat(NameBlocking.keys("")).isEmpty();
    }

    @Test
    void variantsAreTheCodeAndItsOneLetterDeletionsFromFourLetters() {
        assertThat(NameBlocking.variants("ana")).containsExactly("ana");
        assertThat(NameBlocking.variants("pena")).containsExactlyInAnyOrder("pena", "ena", "pna", "pea", "pen");
        // A transposition and a dropped letter meet the stored word in a shared variant.
        assertThat(NameBlocking.variants("maldonaod")).containsAnyElementsOf(NameBlocking.variants("maldonado"));
        assertThat(NameBlocking.variants("salgao")).contains("salgao");
        assertThat(NameBlocking.variants("salgado")).contains("salgao");
    }
}
