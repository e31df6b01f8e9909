package org.siproc.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siproc.core.profile.ProfileLoadException;

class CountryProfilesTest {
    @Test
    void everyShippedProfileLoads() {
        assertThat(CountryProfiles.SHIPPED).allSatisfy(id ->
                assertThat(CountryProfiles.load(id).country().value()).isEqualToIgnoringCase(id));
    }

    @Test
    void unknownProfileIsRefusedNamingTheShippedOnes() {
        ProfileLoadException e = catchThrowableOfType(ProfileLoadException.class, () -> CountryProfiles.load("sv"));
        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("no profile 'sv'", "profiles/sv/profile.yaml", "[hn, gt]"));
    }

    @Test
    void profileIdThatIsNotAPlainNameIsRefused() {
        ProfileLoadException e = catchThrowableOfType(ProfileLoadException.class, () -> CountryProfiles.load("../hn"));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("is not a profile id"));
    }

    @Test
    void missingDirectoryIsRefused(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        ProfileLoadException e = catchThrowableOfType(ProfileLoadException.class, () -> CountryProfiles.loadFrom(missing));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist"));
    }

    @Test
    void emptyDirectoryListsEveryMissingFile(@TempDir Path dir) {
        ProfileLoadException e = catchThrowableOfType(ProfileLoadException.class, () -> CountryProfiles.loadFrom(dir));
        assertThat(e.problems()).extracting(p -> p.file()).containsExactly("profile.yaml", "offices.yaml",
                "catalogue.yaml", "institutions.yaml", "documents.yaml", "rules.yaml", "offices.yaml");
    }
}
