package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Case circumstances at registration (the profile's FAMILY_WITHOUT_MEANS makes the Honduras rules suggest FOSMIH
 * for a deceased person) and the forms each case is offered from the profile's form rules, through the
 * registration page and the case page, and through the API.
 */
class CircumstancesAndFormsTest extends WebTestSupport {

    private static String deceased(String circumstances) {
        return """
                {"office":"MXTAP","person":{"givenNames":"Carlos","firstSurname":"Martínez","sex":"M",
                 "estimatedAge":34,"documents":[],"contacts":[],"relatives":[],"languages":["es"],"flags":[]},
                 "reporterKind":"RELATIVE","channel":"PHONE","incidentDate":"%s","incidentCountry":"MX",
                 "narrative":"Falleció en un accidente; la familia pide la repatriación de los restos.",
                 "caseType":"DECEASED","caseSubtype":"REPATRIATION_OF_REMAINS",
                 "consents":[{"purpose":"REGISTRATION","state":"GIVEN","basis":"CONSENT"},
                             {"purpose":"REFERRAL","state":"GIVEN","basis":"CONSENT"}]%s}"""
                .formatted(LocalDate.now().minusDays(3), circumstances);
    }

    @Test
    void throughTheApiFamilyWithoutMeansMakesTheRulesSuggestFosmihAndTheCaseKeepsIt() {
        JsonNode without = Json.parse(api(User.OFFICER, "POST", "/api/v1/cases", deceased("")).body());
        HttpResponse<String> response = api(User.OFFICER, "POST", "/api/v1/cases",
                deceased(",\"circumstances\":[\"FAMILY_WITHOUT_MEANS\"]"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode with = Json.parse(response.body());

        assertThat(without.get("suggestedReferrals").findValuesAsString("ruleId"))
                .doesNotContain("REF_DECEASED_FAMILY_WITHOUT_MEANS_FOSMIH");
        assertThat(with.get("suggestedReferrals").findValuesAsString("ruleId"))
                .contains("REF_DECEASED_FAMILY_WITHOUT_MEANS_FOSMIH");
        JsonNode view = Json.parse(api(User.OFFICER, "GET", "/api/v1/cases/" + with.get("caseNumber").asString(), null).body());
        assertThat(view.get("circumstances").toString()).contains("FAMILY_WITHOUT_MEANS");

        HttpResponse<String> unknown = api(User.OFFICER, "POST", "/api/v1/cases", deceased(",\"circumstances\":[\"RICH_UNCLE\"]"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Json.parse(unknown.body()).get("field").asString()).isEqualTo("circumstances");
    }

    @Test
    void throughTheApiEachCaseIsOfferedTheFormsItsRulesRequireWithTheRuleAndTheFormsOfEveryCase() {
        String deceased = Json.parse(api(User.OFFICER, "POST", "/api/v1/cases", deceased("")).body())
                .get("caseNumber").asString();
        String detained = registerCase("MXTAP").caseNumber().toString();

        JsonNode forDeceased = Json.parse(api(User.OFFICER, "GET", "/api/v1/cases/" + deceased + "/forms", null, "en").body());
        assertThat(forDeceased.findValuesAsString("form"))
                .containsExactly("INTAKE_SHEET", "INFORMED_CONSENT", "FOSMIH_REQUEST", "CLOSING_REPORT");
        assertThat(forDeceased.get(2).get("ruleId").asString()).isEqualTo("FORM_FOSMIH_REQUEST");
        assertThat(forDeceased.get(2).get("title").asString()).startsWith("FOSMIH request");
        assertThat(forDeceased.get(3).get("ruleId").isNull()).isTrue();
        JsonNode forDetained = Json.parse(api(User.OFFICER, "GET", "/api/v1/cases/" + detained + "/forms", null).body());
        assertThat(forDetained.findValuesAsString("form"))
                .containsExactly("INTAKE_SHEET", "INFORMED_CONSENT", "DETENTION_VISIT_REPORT", "CLOSING_REPORT");
        assertThat(Json.parse(api(User.OFFICER, "GET", "/api/v1/cases/" + detained, null).body())
                .get("requiredForms").findValuesAsString("ruleId")).contains("FORM_DETENTION_VISIT_REPORT");
        assertThat(api(User.OFFICER, "GET", "/api/v1/cases/" + detained + "/forms/DETENTION_VISIT_REPORT", null)
                .statusCode()).isEqualTo(200);
    }

    private static Map<String, String> registrationForm(boolean familyWithoutMeans) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("office", "MXTAP");
        form.put("person.givenNames", "Carlos");
        form.put("person.firstSurname", "Martínez");
        form.put("person.sex", "M");
        form.put("person.estimatedAge", "34");
        form.put("classification", "DECEASED/REPATRIATION_OF_REMAINS");
        form.put("reporterKind", "RELATIVE");
        form.put("channel", "PHONE");
        form.put("incidentCountry", "MX");
        form.put("narrative", "Falleció en un accidente; la familia pide la repatriación de los restos.");
        form.put("consentRegistration", "true");
        form.put("consentReferral", "true");
        if (familyWithoutMeans) {
            form.put("circumstances", "FAMILY_WITHOUT_MEANS");
        }
        form.put("step", "save");
        return form;
    }

    private String registerThroughThePage(PageClient officer, boolean familyWithoutMeans) {
        HttpResponse<String> saved = officer.submit("/cases/new", "/cases/new", registrationForm(familyWithoutMeans));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/cases/HN-MXTAP-").endsWith("?registered");
        return location.substring(location.indexOf("/cases/"));
    }

    @Test
    void throughThePagesACircumstanceTickedAtRegistrationChangesTheSuggestedReferralsAndTheCaseOffersItsForms() {
        PageClient officer = new PageClient(this::url);
        officer.login(User.OFFICER.username, PASSWORD);
        String form = officer.get("/cases/new?lang=en").body();
        assertThat(form).contains("name=\"circumstances\"", "value=\"FAMILY_WITHOUT_MEANS\"",
                "The family cannot pay the costs");
        assertThat(officer.get("/cases/new?lang=es").body()).contains("La familia no cuenta con medios");

        String with = officer.get(registerThroughThePage(officer, true)).body();
        String without = officer.get(registerThroughThePage(officer, false)).body();

        assertThat(with).contains("id=\"referral-FOSMIH\"", "id=\"case-circumstances\"", "La familia no cuenta con medios");
        assertThat(without).doesNotContain("id=\"referral-FOSMIH\"").doesNotContain("id=\"case-circumstances\"");
        for (String page : new String[] {with, without}) {
            assertThat(page).contains("id=\"form-INTAKE_SHEET\"", "id=\"form-FOSMIH_REQUEST\"",
                    "requerido para este caso por la regla FORM_FOSMIH_REQUEST", "id=\"form-CLOSING_REPORT\"",
                    "disponible para todo caso").doesNotContain("id=\"form-DETENTION_VISIT_REPORT\"");
        }
        String detained = officer.get("/cases/" + registerCase("MXTAP").caseNumber()).body();
        assertThat(detained).contains("id=\"form-DETENTION_VISIT_REPORT\"").doesNotContain("id=\"form-FOSMIH_REQUEST\"");
    }
}
