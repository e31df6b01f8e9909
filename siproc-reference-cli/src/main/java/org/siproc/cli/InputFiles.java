package org.siproc.cli;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON input files of the CLI ({@code docs/cli.md}, "JSON input"): the properties of the core's command
 * records by name, dates as {@code yyyy-MM-dd}, enum constants by name (any case). Unknown properties are refused
 * so a typo is not silently dropped; a missing list is read as an empty one. Any problem is a data error naming the
 * file, the property path and the place in the file.
 */
final class InputFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(Set.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private InputFiles() {
    }

    static RegisterCaseCommand registration(Path file) {
        return read(file, RegisterCaseCommand.class);
    }

    static <T> T read(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new SiprocCli.DataException("input", null, "data.noJsonObject", file);
            }
            return value;
        } catch (NoSuchFileException e) {
            throw new SiprocCli.DataException("input", e, "data.noSuchFile", file);
        } catch (IOException e) {
            throw new SiprocCli.DataException("input", e, "data.cannotRead", file, String.valueOf(e.getMessage()));
        } catch (JacksonException e) {
            String path = path(e);
            throw new SiprocCli.DataException(path.isEmpty() ? "input" : path, e, "data.badJson", file,
                    e.getOriginalMessage(), location(e));
        }
    }

    /** The property path of the error, as {@code person.documents[0].number}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where in the file: " (line L, column C)", or nothing when unknown. */
    private static Object location(JacksonException e) {
        return e.getLocation() == null ? ""
                : new Messages.Text("data.location", String.valueOf(e.getLocation().getLineNr()),
                        String.valueOf(e.getLocation().getColumnNr()));
    }
}
