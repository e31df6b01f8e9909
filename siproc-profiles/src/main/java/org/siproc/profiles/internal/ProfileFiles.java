package org.siproc.profiles.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where a profile's files are read from: a folder on the class path or in the file system. */
public interface ProfileFiles {

    /** What the profile is called in messages: {@code hn}, or the folder it is read from. */
    String name();

    /**
     * The file's text (UTF-8), or null when the profile has no such file.
     *
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    @Nullable String read(String fileName);

    /** The folder {@code profiles/<id>/} on the class path of {@code loader}. */
    static ProfileFiles classpath(String id, ClassLoader loader) {
        return new ProfileFiles() {
            @Override
            public String name() {
                return id;
            }

            @Override
            public @Nullable String read(String fileName) {
                String resource = "profiles/" + id + "/" + fileName;
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + resource, e);
                }
            }
        };
    }

    /** A folder in the file system. */
    static ProfileFiles directory(Path dir) {
        return new ProfileFiles() {
            @Override
            public String name() {
                return dir.toString();
            }

            @Override
            public @Nullable String read(String fileName) {
                Path file = dir.resolve(fileName);
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        };
    }
}
