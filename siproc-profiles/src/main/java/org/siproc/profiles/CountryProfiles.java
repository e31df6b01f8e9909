package org.siproc.profiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.ProfileLoadException;
import org.siproc.core.profile.ProfileProblem;
import org.siproc.profiles.internal.ProfileFiles;
import org.siproc.profiles.internal.ProfileReader;

/**
 * Entry point of the profiles module: loads a country profile from its folder of YAML files, checks it as a whole
 * and returns core's immutable {@link CountryProfile}. A broken profile is refused with a
 * {@link ProfileLoadException} that lists every problem (file, path, line, what is wrong).
 *
 * <pre>{@code
 * CountryProfile honduras = CountryProfiles.load("hn");                          // shipped with SIPROC
 * CountryProfile mine = CountryProfiles.loadFrom(Path.of("/etc/siproc/profiles/sv")); // a ministry's own
 * SiprocCore core = SiprocCore.builder(honduras)...build();
 * }</pre>
 *
 * <p>Load a profile once, at start-up, and keep it: nothing in SIPROC re-reads the files per request.
 */
public final class CountryProfiles {

    /** The profiles shipped in this module, under {@code profiles/<id>/} on the class path. */
    public static final List<String> SHIPPED = List.of("hn", "gt");

    private static final Map<String, CountryProfile> CLASSPATH_CACHE = new ConcurrentHashMap<>();

    private CountryProfiles() {
    }

    /**
     * The profile in {@code profiles/<id>/} on the class path (e.g. {@code hn}, {@code gt}). Class-path resources
     * do not change while the application runs, so each is read once and the same instance returned afterwards.
     *
     * @param id lower-case letters, digits or '-', e.g. {@code hn}
     * @throws ProfileLoadException when there is no such profile or it is broken
     */
    public static CountryProfile load(String id) {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9-]{1,31}")) {
            throw new ProfileLoadException(id, List.of(ProfileProblem.at(ProfileReader.PROFILE, "",
                    "'" + id + "' is not a profile id: lower-case letters, digits or '-', such as hn")));
        }
        return CLASSPATH_CACHE.computeIfAbsent(id, CountryProfiles::readFromClasspath);
    }

    /**
     * The profile in a directory of the file system (which holds {@code profile.yaml}, {@code offices.yaml}, ...).
     * Read afresh at every call: keep the result.
     *
     * @throws ProfileLoadException when the directory is not a profile folder or the profile is broken
     */
    public static CountryProfile loadFrom(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new ProfileLoadException(dir.toString(), List.of(ProfileProblem.at(ProfileReader.PROFILE, "",
                    "the profile folder " + dir + " does not exist")));
        }
        return ProfileReader.read(ProfileFiles.directory(dir));
    }

    private static CountryProfile readFromClasspath(String id) {
        ClassLoader loader = CountryProfiles.class.getClassLoader();
        if (loader.getResource("profiles/" + id + "/" + ProfileReader.PROFILE) == null) {
            throw new ProfileLoadException(id, List.of(ProfileProblem.at(ProfileReader.PROFILE, "",
                    "no profile '" + id + "' on the class path (looked for profiles/" + id + "/"
                            + ProfileReader.PROFILE + "); shipped profiles: " + SHIPPED)));
        }
        return ProfileReader.read(ProfileFiles.classpath(id, loader));
    }
}
