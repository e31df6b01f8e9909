package org.siproc.web;

import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON bodies of the API tests, and reading answers. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static JsonNode parse(String body) {
        return MAPPER.readTree(body);
    }

    static String person() {
        return """
                {"givenNames":"Wilmer","firstSurname":"Maradiaga","secondSurname":"Funes","sex":"M",
                 "birthDate":"1994-03-12","documents":[],"contacts":[],"relatives":[],"languages":["es"],
                 "flags":["INTERNATIONAL_PROTECTION_NEED"],"originCountry":"HN","originDepartment":"05",
                 "originMunicipality":"0501","nationality":"HN"}""";
    }

    static String registration(String office) {
        return """
                {"office":"%s","person":%s,"reporterKind":"THE_PERSON","channel":"DETENTION_VISIT",
                 "incidentDate":"%s","incidentCountry":"MX","incidentRegion":"Chiapas","incidentCity":"Tapachula",
                 "narrative":"Retenido en la estación migratoria; teme regresar.","caseType":"MIGRATORY",
                 "caseSubtype":"MIGRATION_STATION",
                 "consents":[{"purpose":"REGISTRATION","state":"GIVEN","basis":"CONSENT"},
                             {"purpose":"REFERRAL","state":"GIVEN","basis":"CONSENT"}]}"""
                .formatted(office, person(), LocalDate.now().minusDays(1));
    }
}
