package org.siproc.web.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The person part of the registration page; field names follow {@code PersonData}.
 */
public class PersonForm {
    private @Nullable String givenNames;
    private @Nullable String firstSurname;
    private @Nullable String secondSurname;
    private Sex sex = Sex.UNKNOWN;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate birthDate;
    private @Nullable Integer estimatedAge;
    private @Nullable String documentType;
    private @Nullable String documentNumber;
    private @Nullable String originDepartment;
    private @Nullable String originMunicipality;
    private @Nullable String phone;
    private Set<VulnerabilityFlag> flags = EnumSet.noneOf(VulnerabilityFlag.class);

    public @Nullable String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(@Nullable String value) {
        this.givenNames = value;
    }
    public @Nullable String getFirstSurname() {
        return firstSurname;
    }

    public void setFirstSurname(@Nullable String value) {
        this.firstSurname = value;
    }
    public @Nullable String getSecondSurname() {
        return secondSurname;
    }

    public void setSecondSurname(@Nullable String value) {
        this.secondSurname = value;
    }
    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex value) {
        this.sex = value;
    }
    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(@Nullable LocalDate value) {
        this.birthDate = value;
    }
    public @Nullable Integer getEstimatedAge() {
        return estimatedAge;
    }

    public void setEstimatedAge(@Nullable Integer value) {
        this.estimatedAge = value;
    }
    public @Nullable String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(@Nullable String value) {
        this.documentType = value;
    }
    public @Nullable String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(@Nullable String value) {
        this.documentNumber = value;
    }
    public @Nullable String getOriginDepartment() {
        return originDepartment;
    }

    public void setOriginDepartment(@Nullable String value) {
        this.originDepartment = value;
    }
    public @Nullable String getOriginMunicipality() {
        return originMunicipality;
    }

    public void setOriginMunicipality(@Nullable String value) {
        this.originMunicipality = value;
    }
    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String value) {
        this.phone = value;
    }
    public Set<VulnerabilityFlag> getFlags() {
        return flags;
    }

    public void setFlags(Set<VulnerabilityFlag> value) {
        this.flags = value;
    }
}
