package org.siproc.core.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
    @ParameterizedTest
    @CsvSource({"nunez,nunez,0", "nunez,nunes,1", "lopez,lopes,1", "fosmih,fosmi,1", "pena,pena lopez,6", "'',abc,3",
            "kitten,sitting,3"})
    void countsInsertionsDeletionsAndSubstitutions(String a, String b, int expected) {
        assertThat(EditDistance.between(a, b)).isEqualTo(expected);
        assertThat(EditDistance.between(b, a)).isEqualTo(expected);
    }
}
