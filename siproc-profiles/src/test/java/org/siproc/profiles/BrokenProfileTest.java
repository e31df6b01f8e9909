package org.siproc.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siproc.core.profile.ProfileLoadException;
import org.siproc.core.profile.ProfileProblem;

/** A broken profile is refused with every problem at once, each with its file, line and path. */
class BrokenProfileTest {

    /** Where each problem of {@code test/resources/broken/zz} is, and a phrase of what is wrong. */
    static final List<List<String>> EXPECTED = List.of(
            List.of("profile.yaml:5 disclosureThreshold", "must be at least 1, not 0"),
            List.of("offices.yaml:3 offices[1].code", "duplicate office code MXTAP (first at offices[0])"),
            List.of("offices.yaml:4 offices[2].timeZone", "'America/Houston' is not a valid IANA time zone"),
            List.of("offices.yaml:5 offices[3].country", "a headquarters unit is in ZZ, not in US"),
            List.of("territory.yaml:7 departments[0].municipalities[1].code",
                    "municipality 1901 belongs to department 19, which does not exist"),
            List.of("territory.yaml:8 departments[0].municipalities[2].code",
                    "municipality 0202 is listed under department 01 but its code belongs to department 02"),
            List.of("territory.yaml:13 departments[1].municipalities[1]", "duplicate municipality code 0201"),
            List.of("catalogue.yaml:4 caseTypes[0].closedAutomatically", "closedAutomatically must be false"),
            List.of("catalogue.yaml:7 caseTypes[0].subtypes[0].label", "no 'en' text"),
            List.of("catalogue.yaml:11 caseTypes[1].retencion", "unknown key 'retencion' (did you mean retention?)"),
            List.of("catalogue.yaml:8 caseTypes[1]", "the key 'retention' is required"),
            List.of("catalogue.yaml:19 caseTypes[2].subtypes[0].code", "subtype SEARCH_REQUEST is also a subtype of MISSING"),
            List.of("catalogue.yaml:21 flags", "no label for the flag(s) [SEPARATED_CHILD, CHILD, PREGNANT"),
            List.of("catalogue.yaml:22 flags[1].flag", "unknown vulnerability flag 'PREGNANCY' (did you mean PREGNANT?)"),
            List.of("institutions.yaml:3 institutions[1].code", "duplicate institution code FOSMIH"),
            List.of("institutions.yaml:4 institutions[2].country", "'MEX' is not a valid ISO 3166-1 country code"),
            List.of("documents.yaml:2 documentTypes[0].validator", "unknown validator 'ZZ_DNI'; SIPROC has [HN_DNI]"),
            List.of("documents.yaml:3 documentTypes[1].pattern", "is not a valid regular expression"),
            List.of("rules.yaml:6 triage[0].when.caseType", "unknown case type MISING"),
            List.of("rules.yaml:8 triage[1].priority", "unknown priority 'CRITICAL'"),
            List.of("rules.yaml:11 triage[1].when.flag", "unknown vulnerability flag 'UNACOMPANIED_CHILD'"),
            List.of("rules.yaml:16 triage[2].when", "a condition has exactly one key, found [caseType, incidentCountry]"),
            List.of("rules.yaml:20 referrals[0].institution", "no institution FOSMH among the profile's institutions; did you mean FOSMIH?"),
            List.of("rules.yaml:25 referrals[0].when.all[1].subtype", "unknown subtype REPATRIATION"),
            List.of("rules.yaml:26 referrals[0].when.all[2].circumstance", "unknown circumstance FAMILY_WITHOUT_MEANS"),
            List.of("rules.yaml:31 referrals[1].when.country", "unknown key 'country'"),
            List.of("rules.yaml:32 referrals[2].id", "duplicate rule id URGENT_MISSING (first at triage[0])"),
            List.of("rules.yaml:39 forms[0].form", "no form INFORMED_CONSENT in the catalogue's forms"));

    @Test
    void brokenProfileYieldsEveryErrorAtOnceWithItsLocation() throws URISyntaxException {
        ProfileLoadException e = catchThrowableOfType(ProfileLoadException.class,
                () -> CountryProfiles.loadFrom(resource("/broken/zz")));

        assertThat(e.problems()).extracting(BrokenProfileTest::location)
                .containsExactlyInAnyOrderElementsOf(EXPECTED.stream().map(x -> x.get(0)).toList());
        for (List<String> expected : EXPECTED) {
            assertThat(e.problems()).filteredOn(p -> location(p).equals(expected.get(0)))
                    .anySatisfy(p -> assertThat(p.message()).contains(expected.get(1)));
        }
    }

    @Test
    void refusalMessageListsEveryProblemOnItsOwnLine() throws URISyntaxException {
        ProfileLoadException e = catchThrowableOfType(ProfileLoadException.class,
                () -> CountryProfiles.loadFrom(resource("/broken/zz")));
        assertThat(e.getMessage()).startsWith("SIPROC-0001").contains(EXPECTED.size() + " problems")
                .contains("\n  rules.yaml:20 referrals[0].institution: no institution FOSMH");
        assertThat(e.errorCode().code()).isEqualTo("SIPROC-0001");
    }

    @Test
    void yamlSyntaxErrorIsReportedWithItsLineAndTheOtherFilesAreStillChecked(@TempDir Path dir) throws Exception {
        copyHonduras(dir);
        Files.writeString(dir.resolve("documents.yaml"), "documentTypes:\n  - code: DNI\n    label: [es: \"DNI\"\n");
        replace(dir.resolve("rules.yaml"), "institution: COMAR", "institution: KOMAR");

        ProfileLoadException e = catchThrowableOfType(ProfileLoadException.class, () -> CountryProfiles.loadFrom(dir));

        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).satisfies(p -> {
            assertThat(p.file()).isEqualTo("documents.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("not well-formed YAML");
        });
        assertThat(e.problems().get(1)).satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules.yaml");
            assertThat(p.path()).isEqualTo("referrals[3].institution");
            assertThat(p.message()).contains("no institution KOMAR", "did you mean COMAR?");
        });
    }

    @Test
    void keyGivenTwiceAndCodeOfWrongShapeAreReported(@TempDir Path dir) throws Exception {
        copyHonduras(dir);
        replace(dir.resolve("institutions.yaml"), "  - code: FOSMIH\n", "  - code: FOSMIH\n    code: FOSMIH\n");
        replace(dir.resolve("institutions.yaml"), "code: SENAF", "code: SENAF DINAF");

        ProfileLoadException e = catchThrowableOfType(ProfileLoadException.class, () -> CountryProfiles.loadFrom(dir));

        assertThat(e.problems()).extracting(p -> p.file() + " " + p.path())
                .containsExactly("institutions.yaml institutions[1].code", "institutions.yaml institutions[2]",
                        "rules.yaml referrals[1].institution");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(e.problems().get(0).message()).isEqualTo("the key 'code' is given twice");
        assertThat(e.problems().get(1).message()).contains("not 'SENAF DINAF'");
        assertThat(e.problems().get(2).message()).contains("no institution SENAF");
    }

    @Test
    void missingFileIsReported(@TempDir Path dir) throws Exception {
        copyHonduras(dir);
        Files.delete(dir.resolve("offices.yaml"));

        ProfileLoadException e = catchThrowableOfType(ProfileLoadException.class, () -> CountryProfiles.loadFrom(dir));

        assertThat(e.problems()).extracting(ProfileProblem::toString)
                .contains("offices.yaml: the file is missing from profile " + dir);
    }

    @Test
    void honduranDataCopiedToADirectoryLoadsLikeTheShippedProfile(@TempDir Path dir) throws Exception {
        copyHonduras(dir);
        assertThat(CountryProfiles.loadFrom(dir)).isEqualTo(CountryProfiles.load("hn"));
    }

    static String location(ProfileProblem p) {
        return p.file() + ":" + p.line() + " " + p.path();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(BrokenProfileTest.class.getResource(name).toURI());
    }

    static void copyHonduras(Path target) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(resource("/profiles/hn"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }
}
