package org.siproc.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.profile.DocumentType;

/**
 * The published JSON Schemas (for editors and for ministries' own checks) agree with the shipped profiles and with
 * SIPROC's enumerations, so the schema and the loader cannot drift apart unnoticed.
 */
class ProfileSchemaTest {
    static final List<String> FILES = List.of("profile", "offices", "territory", "catalogue", "institutions",
            "documents", "rules");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> shippedFiles() {
        return CountryProfiles.SHIPPED.stream().flatMap(id -> FILES.stream().map(f -> Arguments.of(id, f)));
    }

    @ParameterizedTest(name = "{0}/{1}.yaml")
    @MethodSource("shippedFiles")
    void shippedProfileFileMatchesItsPublishedSchema(String profile, String file) throws IOException {
        Set<ValidationMessage> errors = schema(file).validate(yaml("profiles/" + profile + "/" + file + ".yaml"));
        assertThat(errors).isEmpty();
    }

    @Test
    void brokenProfileBreaksTheSchemaToo() throws IOException {
        List<ValidationMessage> errors = new ArrayList<>();
        for (String file : List.of("rules", "documents", "catalogue", "institutions")) {
            errors.addAll(schema(file).validate(yaml("broken/zz/" + file + ".yaml")));
        }
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.startsWith("$.triage[1].priority: does not have a value in the enumeration"))
                .anyMatch(m -> m.startsWith("$.caseTypes[1]: property 'retencion' is not defined"))
                .anyMatch(m -> m.startsWith("$.institutions[2].country: does not match"))
                .anyMatch(m -> m.startsWith("$.documentTypes[0].validator"));
    }

    @Test
    void schemaEnumerationsAreSiprocs() throws IOException {
        JsonNode catalogue = JSON.readTree(resource("org/siproc/profiles/schema/catalogue.schema.json"));
        JsonNode rules = JSON.readTree(resource("org/siproc/profiles/schema/rules.schema.json"));
        JsonNode documents = JSON.readTree(resource("org/siproc/profiles/schema/documents.schema.json"));
        JsonNode condition = rules.at("/$defs/condition/oneOf/1/properties");

        assertThat(texts(catalogue.at("/properties/flags/items/properties/flag/enum"))).containsExactlyInAnyOrderElementsOf(
                names(VulnerabilityFlag.values()));
        assertThat(texts(condition.at("/flag/enum"))).containsExactlyInAnyOrderElementsOf(names(VulnerabilityFlag.values()));
        assertThat(texts(condition.at("/channel/oneOf/0/enum"))).containsExactlyInAnyOrderElementsOf(
                names(IntakeChannel.values()));
        assertThat(texts(rules.at("/properties/triage/items/properties/priority/enum")))
                .containsExactlyInAnyOrderElementsOf(names(Priority.values()));
        assertThat(texts(documents.at("/properties/documentTypes/items/properties/validator/enum")))
                .containsExactlyInAnyOrderElementsOf(DocumentType.VALIDATORS);
    }

    static JsonSchema schema(String file) throws IOException {
        try (InputStream in = resource("org/siproc/profiles/schema/" + file + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static JsonNode yaml(String resource) throws IOException {
        try (InputStream in = resource(resource)) {
            return YAML.readTree(in);
        }
    }

    static InputStream resource(String name) {
        InputStream in = ProfileSchemaTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("an enum array").isTrue();
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
