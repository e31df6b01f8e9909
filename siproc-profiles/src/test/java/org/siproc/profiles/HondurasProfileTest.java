package org.siproc.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.HonduranDni;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.profile.CaseSubtypeDefinition;
import org.siproc.core.profile.CaseTypeDefinition;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Institution;
import org.siproc.core.profile.Office;
import org.siproc.core.profile.OfficeKind;

/** The Honduras profile is complete: territory, consular network, catalogue, flags, institutions, documents. */
class HondurasProfileTest {
    static final CountryProfile HN = CountryProfiles.load("hn");

    @Test
    void hondurasHas18DepartmentsAnd298Municipalities() {
        assertThat(HN.territory().country()).isEqualTo(CountryCode.of("HN"));
        assertThat(HN.territory().departments()).hasSize(18);
        assertThat(HN.territory().municipalityCount()).isEqualTo(298);
    }

    @Test
    void municipalitiesCarryTheirOfficialIneCodes() {
        assertThat(HN.territory().department("08")).hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("Francisco Morazán"));
        assertThat(HN.territory().municipality("0801")).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("Distrito Central"));
        assertThat(HN.territory().municipality("0501")).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("San Pedro Sula"));
        // Where INE and the alphabetical COD-AB order disagree, INE's census code is kept (docs/profiles.md).
        assertThat(HN.territory().municipality("0208")).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("Sabá"));
        assertThat(HN.territory().municipality("1606")).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("San José de Colinas"));
        assertThat(HN.territory().departments()).allSatisfy(d -> assertThat(d.municipalities())
                .allSatisfy(m -> assertThat(m.code()).matches(d.code() + "\\d\\d")));
    }

    @Test
    void consularNetworkCoversMexicoAndTheUsaPlusHeadquarters() {
        assertThat(HN.offices()).filteredOn(o -> o.country().equals(CountryCode.of("MX"))).extracting(Office::city)
                .contains("Tapachula", "Veracruz", "Ciudad de México", "San Luis Potosí", "Acayucan", "Saltillo",
                        "Monterrey", "Guadalajara", "Tijuana", "Villahermosa");
        assertThat(HN.offices()).filteredOn(o -> o.country().equals(CountryCode.of("US"))).hasSizeGreaterThanOrEqualTo(15);
        assertThat(HN.office(OfficeCode.of("HQDGP"))).hasValueSatisfying(o -> {
            assertThat(o.kind()).isEqualTo(OfficeKind.HQ_UNIT);
            assertThat(o.name()).contains("DGPHM");
            assertThat(o.timeZone().getId()).isEqualTo("America/Tegucigalpa");
        });
        assertThat(HN.office(OfficeCode.of("MXTAP"))).hasValueSatisfying(o -> assertThat(o.region()).isEqualTo("Chiapas"));
    }

    @Test
    void catalogueHasEveryTypeAndSubtypeOfTheSpec() {
        Map<String, Integer> subtypes = Map.of("MIGRATORY", 7, "HUMAN_RIGHTS", 6, "CRIMINAL", 4, "FAMILY", 5, "LABOR", 3,
                "HEALTH", 4, "DECEASED", 2, "MISSING", 3, "ASSISTANCE", 3, "RETURN", 1);
        assertThat(HN.caseTypes()).extracting(CaseTypeDefinition::code).containsExactlyInAnyOrderElementsOf(subtypes.keySet());
        subtypes.forEach((type, count) -> assertThat(HN.caseType(type).orElseThrow().subtypes()).as(type).hasSize(count));
    }

    @Test
    void labelsAreInSpanishWithAccentsAndInEnglish() {
        CaseSubtypeDefinition station = HN.caseType("MIGRATORY").orElseThrow().subtype("MIGRATION_STATION").orElseThrow();
        assertThat(station.label().in(Locale.forLanguageTag("es"))).isEqualTo("Retenido en estación migratoria");
        assertThat(station.label().in(Locale.ENGLISH)).isEqualTo("Held in a migration station");
        assertThat(HN.caseTypes()).allSatisfy(t -> {
            assertThat(t.label().byLanguage()).containsKeys("es", "en");
            assertThat(t.subtypes()).allSatisfy(s -> assertThat(s.label().byLanguage()).containsKeys("es", "en"));
        });
    }

    @Test
    void missingPersonCasesAreNeverClosedAutomatically() {
        assertThat(HN.caseType("MISSING")).hasValueSatisfying(t -> assertThat(t.closedAutomatically()).isFalse());
        assertThat(HN.caseTypes()).allSatisfy(t -> assertThat(t.retention().isNegative() || t.retention().isZero()).isFalse());
    }

    @Test
    void everyVulnerabilityFlagHasASpanishAndEnglishLabel() {
        assertThat(HN.flagLabels()).containsOnlyKeys(VulnerabilityFlag.values());
        assertThat(HN.flagLabel(VulnerabilityFlag.UNACCOMPANIED_CHILD).in(Locale.forLanguageTag("es")))
                .isEqualTo("Niña, niño o adolescente no acompañado");
        assertThat(HN.flagLabel(VulnerabilityFlag.SGBV_SURVIVOR).in(Locale.ENGLISH))
                .isEqualTo("Survivor of sexual or gender-based violence");
    }

    @Test
    void institutionsOfTheSpecAreThere() {
        assertThat(HN.institutions()).extracting(Institution::code).contains("DGPHM_VICTIMS", "FOSMIH", "SENAF", "CANFM",
                "COMAR", "UNHCR", "DIF", "MAEBI", "CNB", "FORENSIC_BANK", "COFAMIPRO", "CICESCT", "IOM", "CNDH", "CAMR",
                "UMAR", "LEGAL_AID", "PUBLIC_DEFENDER_MX");
        assertThat(HN.institution("COMAR")).hasValueSatisfying(i -> {
            assertThat(i.country()).isEqualTo(CountryCode.of("MX"));
            assertThat(i.dataSharingAgreement()).isFalse();
        });
        assertThat(HN.institution("FOSMIH")).hasValueSatisfying(i -> assertThat(i.dataSharingAgreement()).isTrue());
    }

    @Test
    void honduranDniIsCheckedByItsValidatorAndAcceptedWithOrWithoutDashes() {
        assertThat(HN.requireDocumentType("DNI").canonical("0801199012345")).isEqualTo("0801-1990-12345");
        assertThatThrownBy(() -> HN.requireDocumentType("DNI").canonical("1901-1990-12345"))
                .isInstanceOf(HonduranDni.InvalidDniException.class);
        assertThat(HN.requireDocumentType("PASSPORT").canonical("f123456")).isEqualTo("F123456");
    }

    @Test
    void settingsFollowTheSpec() {
        assertThat(HN.languages()).containsExactly("es", "en");
        assertThat(HN.disclosureThreshold()).isEqualTo(5);
        assertThat(HN.rules().defaultPriority()).isEqualTo(Priority.NORMAL);
        assertThat(HN.followUpPeriods().dueAfter(Priority.URGENT)).isEqualTo(Duration.ofHours(24));
        assertThat(HN.followUpPeriods().dueAfter(Priority.HIGH)).isEqualTo(Duration.ofHours(72));
        assertThat(HN.followUpPeriods().dueAfter(Priority.NORMAL)).isEqualTo(Duration.ofDays(7));
        assertThat(HN.followUpPeriods().dueAfter(Priority.LOW)).isEqualTo(Duration.ofDays(30));
        assertThat(HN.circumstance("FAMILY_WITHOUT_MEANS")).isPresent();
        assertThat(HN.forms()).extracting(f -> f.code()).containsAll(List.of("INTAKE_SHEET", "INFORMED_CONSENT",
                "REFERRAL_LETTER", "FOSMIH_REQUEST", "DETENTION_VISIT_REPORT", "CLOSING_REPORT"));
    }

    @Test
    void aProfileOnTheClassPathIsReadOnce() {
        assertThat(CountryProfiles.load("hn")).isSameAs(CountryProfiles.load("hn"));
    }
}
