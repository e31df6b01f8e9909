package org.siproc.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.DocumentType;
import org.siproc.core.profile.Institution;
import org.siproc.core.profile.Office;
import org.siproc.core.profile.UnknownCodeException;
import org.siproc.core.rules.RuleEvaluation;
import org.siproc.profiles.internal.ProfileReader;

/**
 * Guatemala, a second country written only as data: it loads, runs the same use cases as Honduras through the same
 * core without a line of Java of its own, and carries nothing Honduran.
 */
class GuatemalaProfileTest {
    static final CountryProfile GT = CountryProfiles.load("gt");
    static final CountryProfile HN = CountryProfiles.load("hn");

    @Test
    void guatemalaHas22DepartmentsAnd340Municipalities() {
        assertThat(GT.country()).isEqualTo(CountryCode.of("GT"));
        assertThat(GT.territory().country()).isEqualTo(CountryCode.of("GT"));
        assertThat(GT.territory().departments()).hasSize(22);
        assertThat(GT.territory().municipalityCount()).isEqualTo(340);
        assertThat(GT.territory().municipality("1617")).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("Raxruhá"));
    }

    @Test
    void guatemalaHasAtLeastFiveRulesAndItsOwnCatalogue() {
        assertThat(GT.rules().triage().size() + GT.rules().referrals().size()).isGreaterThanOrEqualTo(5);
        assertThat(GT.caseTypes()).extracting(t -> t.code()).contains("MIGRATION", "CHILDREN", "MISSING")
                .doesNotContain("MIGRATORY", "HUMAN_RIGHTS");
        assertThat(GT.caseType("MISSING")).hasValueSatisfying(t -> assertThat(t.closedAutomatically()).isFalse());
    }

    @Nested
    class NothingHonduranLeaksIntoGuatemala {
        @Test
        void noOfficeIsInHondurasOrHonduran() {
            assertThat(GT.offices()).extracting(Office::country).doesNotContain(CountryCode.of("HN"));
            assertThat(GT.offices()).extracting(Office::name).noneMatch(n -> n.contains("Hondur"));
            assertThat(GT.office(OfficeCode.of("HQDGP"))).isEmpty();
        }

        @Test
        void noInstitutionIsHonduran() {
            Set<String> honduranInstitutions = HN.institutions().stream()
                    .filter(i -> i.country().equals(CountryCode.of("HN"))).map(Institution::code).collect(Collectors.toSet());
            assertThat(GT.institutions()).extracting(Institution::country).doesNotContain(CountryCode.of("HN"));
            assertThat(GT.institutions()).extracting(Institution::code).doesNotContainAnyElementsOf(honduranInstitutions);
            assertThat(GT.institutions()).extracting(Institution::name).noneMatch(n -> n.contains("Hondur"));
        }

        @Test
        void noHonduranDocumentFormOrValidator() {
            assertThat(GT.documentTypes()).extracting(DocumentType::validator).containsOnlyNulls();
            assertThat(GT.documentType("DNI")).isEmpty();
            assertThat(GT.form("FOSMIH_REQUEST")).isEmpty();
            assertThat(GT.circumstances()).isEmpty();
        }

        @Test
        void noGuatemalanFileMentionsHondurasOrAHonduranInstitution() throws IOException {
            Set<String> honduranWords = HN.institutions().stream()
                    .filter(i -> i.country().equals(CountryCode.of("HN"))).map(Institution::code).collect(Collectors.toSet());
            for (String file : new String[] {ProfileReader.PROFILE, ProfileReader.OFFICES, ProfileReader.TERRITORY,
                    ProfileReader.CATALOGUE, ProfileReader.INSTITUTIONS, ProfileReader.DOCUMENTS, ProfileReader.RULES}) {
                String text = read("profiles/gt/" + file);
                assertThat(text).as(file).doesNotContainIgnoringCase("hondur").doesNotContain("HN_DNI");
                for (String word : honduranWords) {
                    assertThat(text).as(file).doesNotContainPattern("\\b" + word + "\\b");
                }
            }
        }
    }

    @Nested
    class SameUseCasesNoJavaChange {
        final SiprocCore core = SiprocCore.inMemory(GT, Clock.fixed(Instant.parse("2026-11-22T16:00:00Z"),
                ZoneOffset.UTC)).core();
        final Actor houston = Actor.officer("rosa.houston", OfficeCode.of("USHOU"));
        final Actor tapachula = Actor.officer("mario.tapachula", OfficeCode.of("MXTAP"));

        @Test
        void unaccompaniedChildDeportedFromTheUsaIsUrgentAndReferredToGuatemalanChildProtection() {
            PersonData child = PersonData.named("Ixchel", "Tzoc", "Coj", Sex.F).withBirthDate(LocalDate.of(2011, 3, 14))
                    .withDocument("DPI", "2345 67890 0901", "GT").withOrigin("GT", "09", "0901")
                    .withFlags(Set.of(VulnerabilityFlag.UNACCOMPANIED_CHILD, VulnerabilityFlag.INDIGENOUS_OR_AFRO_DESCENDANT));

            RegistrationResult r = core.registerCase().register(houston, CaseFixtures.command("USHOU", child, "MIGRATION",
                    "DEPORTATION", LocalDate.of(2026, 11, 21), "US", "Niña no acompañada en proceso de deportación."));

            assertThat(r.caseNumber().toString()).startsWith("GT-USHOU-2026-");
            assertThat(r.priority().priority()).isEqualTo(Priority.URGENT);
            assertThat(r.priority().ruleId()).isEqualTo("URGENT_UNACCOMPANIED_CHILD");
            assertThat(r.suggestedReferrals()).extracting(CaseView.ReferralView::institution)
                    .containsExactly("PGN", "SBS", "IGM");
            assertThat(r.requiredForms()).extracting(RuleEvaluation.RequiredForm::form)
                    .containsExactly("INTAKE_SHEET", "INFORMED_CONSENT");
        }

        @Test
        void childInMexicoIsReferredAndReferralsRespectDataSharingAgreements() {
            PersonData child = PersonData.named("Josué", "Ajú", null, Sex.M).withBirthDate(LocalDate.of(2016, 8, 2))
                    .withOrigin("GT", "13", "1301");
            RegistrationResult r = core.registerCase().register(tapachula, CaseFixtures.command("MXTAP", child,
                    "CHILDREN", "CHILD_IN_SHELTER", LocalDate.of(2026, 11, 20), "MX", "Niño en albergue del DIF con su tía."));
            assertThat(r.priority().priority()).isEqualTo(Priority.HIGH);
            CaseView.ReferralView pfpnna = r.suggestedReferrals().stream()
                    .filter(s -> s.institution().equals("PFPNNA")).findFirst().orElseThrow();

            core.referCase().confirm(tapachula, new ConfirmReferralCommand(r.caseNumber().toString(), null,
                    pfpnna.id(), false, null));
            core.recordAction().record(tapachula, new RecordActionCommand(r.caseNumber().toString(), null,
                    ActionKind.VISIT_SHELTER, null, "Visita al albergue; el niño está bien."));

            CaseView view = core.viewCase().view(tapachula, r.caseNumber().toString());
            assertThat(view.referrals()).singleElement().satisfies(ref -> {
                assertThat(ref.status()).isEqualTo(ReferralStatus.SENT);
                assertThat(ref.sharedData()).isEqualTo(SharedData.NO_PERSONAL_DATA);
            });
            assertThat(view.actions()).hasSize(1);
        }

        @Test
        void honduranCaseTypeIsRefusedInGuatemala() {
            PersonData person = PersonData.named("Ana", "López", null, Sex.F);
            assertThatThrownBy(() -> core.registerCase().register(tapachula, CaseFixtures.command("MXTAP", person,
                    "MIGRATORY", "MIGRATION_STATION", LocalDate.of(2026, 11, 20), "MX", "Detenida.")))
                    .isInstanceOf(UnknownCodeException.class).hasMessageContaining("MIGRATORY");
        }

        @Test
        void honduranDniIsRefusedInGuatemala() {
            PersonData person = PersonData.named("Ana", "López", null, Sex.F)
                    .withDocument("DNI", "0801-1990-12345", "HN");
            assertThatThrownBy(() -> core.registerCase().register(tapachula, CaseFixtures.command("MXTAP", person,
                    "MIGRATION", "DETENTION_MIGRATION_CENTRE", LocalDate.of(2026, 11, 20), "MX", "Detenida.")))
                    .isInstanceOf(UnknownCodeException.class).hasMessageContaining("DNI");
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GuatemalaProfileTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
