package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.in.RegistrationResult;
import tools.jackson.databind.JsonNode;

/** Each use case through the API: what it answers and what it changed, errors as problem+json naming the field. */
class ApiUseCasesTest extends WebTestSupport {

    @Test
    void registersACaseWithPriorityAndSuggestedReferrals() {
        HttpResponse<String> response = api(User.OFFICER, "POST", "/api/v1/cases", Json.registration("MXTAP"));
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = Json.parse(response.body());
        String number = body.get("caseNumber").asString();
        assertThat(number).matches("HN-MXTAP-\\d{4}-\\d{6}");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/cases/" + number);
        assertThat(body.get("priority").get("priority").asString()).isEqualTo("HIGH");
        assertThat(body.get("priority").get("ruleId").asString()).isEqualTo("HIGH_INTERNATIONAL_PROTECTION_NEED");
        assertThat(body.get("suggestedReferrals").findValuesAsString("institution")).contains("COMAR", "UNHCR");
        assertThat(body.get("requiredForms").isArray()).isTrue();
    }

    @Test
    void showsDuplicateCandidatesBeforeSaving() {
        registerCase("MXTAP");
        HttpResponse<String> response = api(User.OFFICER, "POST", "/api/v1/cases/duplicates", Json.person());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.parse(response.body()).findValuesAsString("fullName")).anyMatch(n -> n.contains("Maradiaga"));
    }

    @Test
    void viewsACaseWithItsTimelineAndAllowedTransitions() {
        RegistrationResult r = registerCase("MXTAP");
        HttpResponse<String> response = api(User.OFFICER, "GET", "/api/v1/cases/" + r.caseNumber(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode view = Json.parse(response.body());
        assertThat(view.get("number").asString()).isEqualTo(r.caseNumber().toString());
        assertThat(view.get("office").asString()).isEqualTo("MXTAP");
        assertThat(view.get("allowedTransitions").toString()).contains("IN_ASSESSMENT");
        assertThat(view.get("referrals").size()).isEqualTo(2);
        assertThat(view.get("followUps").size()).isEqualTo(1);
    }

    @Test
    void recordsAnActionAndAnswersTheNewVersion() {
        RegistrationResult r = registerCase("MXTAP");
        HttpResponse<String> response = api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/actions",
                "{\"expectedVersion\":" + r.version() + ",\"kind\":\"VISIT_DETENTION_CENTRE\",\"text\":\"Visita.\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Json.parse(response.body()).get("version").asLong()).isGreaterThan(r.version());
        assertThat(core.viewCase().view(SETUP, r.caseNumber().toString()).actions())
                .anyMatch(a -> a.text().equals("Visita."));
    }

    @Test
    void aStaleVersionIsAConflictThatSaysSomeoneElseChangedTheCase() {
        RegistrationResult r = registerCase("MXTAP");
        api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/actions",
                "{\"kind\":\"CALL\",\"text\":\"Primera.\"}");
        HttpResponse<String> stale = api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/actions",
                "{\"expectedVersion\":" + r.version() + ",\"kind\":\"CALL\",\"text\":\"Segunda.\"}", "en");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = Json.parse(stale.body());
        assertThat(problem.get("code").asString()).isEqualTo("SIPROC-0050");
        assertThat(problem.get("detail").asString()).contains("Someone else changed this case");
        assertThat(problem.get("currentVersion").asLong()).isGreaterThan(r.version());
    }

    @Test
    void anInvalidCommandNamesEveryFieldInTheUsersLanguage() {
        RegistrationResult r = registerCase("MXTAP");
        HttpResponse<String> es = api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/actions",
                "{\"kind\":null,\"text\":\"\"}", "es");
        assertThat(es.statusCode()).isEqualTo(400);
        JsonNode problem = Json.parse(es.body());
        assertThat(problem.get("code").asString()).isEqualTo("SIPROC-0002");
        assertThat(problem.get("violations").findValuesAsString("field")).contains("kind", "text");
        assertThat(problem.get("violations").toString()).contains("no debe");
        HttpResponse<String> en = api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/actions",
                "{\"kind\":null,\"text\":\"\"}", "en");
        assertThat(en.body()).contains("must not");
    }

    @Test
    void aValueThatCannotBeReadIsNamed() {
        RegistrationResult r = registerCase("MXTAP");
        HttpResponse<String> response = api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/actions",
                "{\"kind\":\"DANCING\",\"text\":\"x\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void aBusinessRuleRefusalIs422WithItsCode() {
        RegistrationResult r = registerCase("MXTAP");
        HttpResponse<String> response = api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/status",
                "{\"target\":\"RESOLVED\"}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Json.parse(response.body()).get("code").asString()).isEqualTo("SIPROC-0010");
    }

    @Test
    void schedulesAndCompletesAFollowUp() {
        RegistrationResult r = registerCase("MXTAP");
        HttpResponse<String> scheduled = api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/follow-ups",
                "{\"description\":\"Llamar a la COMAR\"}");
        assertThat(scheduled.statusCode()).isEqualTo(201);
        String id = Json.parse(scheduled.body()).get("entryId").asString();
        HttpResponse<String> done = api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/follow-ups/" + id
                + "/completion", "{\"outcome\":\"Cita el lunes.\"}");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(core.viewCase().view(SETUP, r.caseNumber().toString()).followUps())
                .anyMatch(f -> f.id().toString().equals(id) && f.done());
    }

    @Test
    void refersConfirmsAndThePartnerAnswers() {
        RegistrationResult r = registerCase("MXTAP");
        String comar = r.suggestedReferrals().get(0).id();
        assertThat(api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/referrals/" + comar
                + "/confirmation", "{\"includeNarrative\":false}").statusCode()).isEqualTo(200);
        HttpResponse<String> referred = api(User.OFFICER, "POST", "/api/v1/cases/" + r.caseNumber() + "/referrals",
                "{\"institution\":\"DIF\",\"reason\":\"Valoración\"}");
        assertThat(referred.statusCode()).isEqualTo(201);
        String dif = Json.parse(referred.body()).get("entryId").asString();
        assertThat(api(User.PARTNER, "POST", "/api/v1/cases/" + r.caseNumber() + "/referrals/" + dif + "/responses",
                "{\"response\":\"ACCEPT\"}").statusCode()).isEqualTo(200);
        assertThat(core.viewCase().view(SETUP, r.caseNumber().toString()).referrals())
                .anyMatch(x -> x.id().equals(dif) && x.status().name().equals("ACCEPTED"));
        // The partner still sees no case.
        assertThat(api(User.PARTNER, "GET", "/api/v1/cases/" + r.caseNumber(), null).statusCode()).isEqualTo(403);
    }

    @Test
    void printsTheIntakeSheetAsPdf() {
        RegistrationResult r = registerCase("MXTAP");
        HttpResponse<String> response = api(User.OFFICER, "GET", "/api/v1/cases/" + r.caseNumber()
                + "/forms/INTAKE_SHEET", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("X-Siproc-Verification-Hash")).isPresent();
        assertThat(response.body()).startsWith("%PDF");
    }

    @Test
    void anOfficerOfTapachulaIsToldThatASaltilloCaseDoesNotExist() {
        RegistrationResult saltillo = registerCase("MXSAL");
        HttpResponse<String> response = api(User.OFFICER, "GET", "/api/v1/cases/" + saltillo.caseNumber(), null);
        HttpResponse<String> missing = api(User.OFFICER, "GET", "/api/v1/cases/HN-MXTAP-2026-999999", null);
        assertThat(response.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        assertThat(Json.parse(response.body()).get("code").asString())
                .isEqualTo(Json.parse(missing.body()).get("code").asString()).isEqualTo("SIPROC-0040");
    }

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/cases"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/openapi.json"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = Json.parse(response.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/v1/cases/{number}/referrals/{referralId}/responses")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/persons")).isTrue();
    }

    @Test
    void searchesPersonsAndListsCasesAndAlerts() {
        registerCase("MXTAP");
        HttpResponse<String> search = api(User.OFFICER, "GET", "/api/v1/persons?q=maradiaga%20funes", null);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("Maradiaga");
        HttpResponse<String> list = api(User.CONSUL, "GET", "/api/v1/cases?status=REGISTERED&size=5", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Json.parse(list.body()).findValuesAsString("office")).containsOnly("MXTAP");
        assertThat(api(User.HQ, "GET", "/api/v1/alerts", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theAuditTrailShowsTheViewsOfACase() {
        RegistrationResult r = registerCase("MXTAP");
        api(User.OFFICER, "GET", "/api/v1/cases/" + r.caseNumber(), null);
        HttpResponse<String> audit = api(User.HQ, "GET", "/api/v1/audit?limit=500", null);
        long total = 0;
        String body = audit.body();
        JsonNode page = Json.parse(body);
        while (page.size() == 500) {
            total += 500;
            page = Json.parse(api(User.HQ, "GET", "/api/v1/audit?limit=500&after=" + total, null).body());
            body = page.toString();
        }
        assertThat(body).contains("\"VIEW_CASE\"").contains(r.caseNumber().toString()).contains("t.officer");
    }
}
