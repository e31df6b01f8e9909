package org.siproc.core.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;

class HonduranDniTest {

    @ParameterizedTest
    @ValueSource(strings = {"0801-1990-12345", "0801199012345", " 0801 1990 12345 ", "1807-2001-00001"})
    void acceptsTheShapeWithOrWithoutDashes(String text) {
        HonduranDni dni = HonduranDni.parse(text);
        assertThat(dni.digits()).hasSize(13).containsOnlyDigits();
        assertThat(dni.formatted()).matches("\\d{4}-\\d{4}-\\d{5}");
    }

    @ParameterizedTest
    @CsvSource({"0801-1990-12345,08,0801,1990", "1807-2001-00001,18,1807,2001"})
    void readsDepartmentMunicipalityAndYear(String text, String department, String municipality, int year) {
        HonduranDni dni = HonduranDni.parse(text);
        assertThat(dni.departmentCode()).isEqualTo(department);
        assertThat(dni.municipalityCode()).isEqualTo(municipality);
        assertThat(dni.year()).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0801-1990-1234",   // 12 digits
        "0801-1990-123456", // 14 digits
        "08A1-1990-12345",  // letter
        "0001-1990-12345",  // department 00
        "1901-1990-12345",  // department 19
        "0800-1990-12345",  // municipality 00
        "0801-1850-12345",  // implausible year
        "0801-2999-12345",  // future year
        "0801-1990-00000",  // sequence 00000
        ""})
    void refusesWhatCannotBeADni(String text) {
        assertThatThrownBy(() -> HonduranDni.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DNI);
            assertThat(e.field()).isEqualTo("document.number");
        });
    }
}
