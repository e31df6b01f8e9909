package org.siproc.core.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void removesAccentsCasePunctuationAndExtraSpaces() {
        assertThat(NameKey.of("  José  Ñúñez-López ")).isEqualTo("jose nunez lopez");
        assertThat(NameKey.of("MARÍA DE LOS ÁNGELES")).isEqualTo("maria de los angeles");
    }

    @Test
    void searchSimilarityToleratesTyposOrderAndMissingSurname() {
        PersonName name = PersonName.of("José Ángel", "Núñez", "Peña");
        assertThat(NameKey.similarity("jose angel nunez pena", name)).isEqualTo(1.0);
        assertThat(NameKey.similarity("jose angel pena nunez", name)).isEqualTo(1.0);
        assertThat(NameKey.similarity("jose angel nunes", name)).isGreaterThan(0.7);
        assertThat(NameKey.similarity("maria lopez", name)).isLessThan(0.5);
    }
}
