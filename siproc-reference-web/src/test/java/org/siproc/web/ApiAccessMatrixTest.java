package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.ReferralStatus;

/**
 * The access matrix of the API: every endpoint × every role × the user's own office and another one, with the
 * status each must get. "Own" is a case of Tapachula (the office of the test officer and consul) or, for the
 * partner, a referral to its own institution (DIF); "other" is a case of Saltillo, or a referral to IOM.
 * A case of another office is answered 404, like a case that does not exist; a role that may never do the
 * operation gets 403 (docs/api.md).
 */
class ApiAccessMatrixTest extends WebTestSupport {

    private enum Scope { OWN, OTHER }

    /** A case prepared for one probe, with the ids the endpoints need. */
    private record Fixture(String number, String actionId, String followUpId, String suggestedReferral,
                           String partnerReferral, String personId) {
    }

    private record Probe(String name, String expected, BiFunction<User, Scope, HttpResponse<String>> call) {
    }

    /** Expected statuses in the order OFFICER, CONSUL, HQ, OBSERVER, ADMIN, PARTNER; each "own/other". */
    private static Map<User, String[]> expectations(String row) {
        String[] cells = row.trim().split("\\s+");
        Map<User, String[]> map = new EnumMap<>(User.class);
        for (User u : User.values()) {
            map.put(u, cells[u.ordinal()].split("/"));
        }
        return map;
    }

    /** Fixtures are reused until a request succeeds (and so may have changed the case). */
    private final Map<Scope, Fixture> fixtures = new EnumMap<>(Scope.class);

    private Fixture fixture(Scope scope) {
        return fixtures.computeIfAbsent(scope, this::freshFixture);
    }

    private Fixture freshFixture(Scope scope) {
        RegistrationResult r = registerCase(scope == Scope.OWN ? "MXTAP" : "MXSAL");
        String number = r.caseNumber().toString();
        core.recordAction().record(SETUP, new RecordActionCommand(number, null, ActionKind.INTERVIEW, null,
                "Entrevista inicial en la estación migratoria."));
        core.referCase().refer(SETUP, new ReferCaseCommand(number, null, "DIF", "Valoración del DIF", false, null));
        core.referCase().refer(SETUP, new ReferCaseCommand(number, null, "IOM", "Apoyo de la OIM", false, null));
        CaseView view = core.viewCase().view(SETUP, number);
        String suggested = view.referrals().stream().filter(x -> x.status() == ReferralStatus.SUGGESTED)
                .findFirst().orElseThrow().id();
        String dif = view.referrals().stream().filter(x -> x.institution().equals("DIF")).findFirst().orElseThrow().id();
        String iom = view.referrals().stream().filter(x -> x.institution().equals("IOM")).findFirst().orElseThrow().id();
        return new Fixture(number, view.actions().get(0).id().toString(), view.followUps().get(0).id().toString(),
                suggested, scope == Scope.OWN ? dif : iom, view.persons().get(0).id().toString());
    }

    private String resolvedCase(Scope scope) {
        String number = freshFixture(scope).number();
        for (CaseStatus s : List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED)) {
            core.changeStatus().changeStatus(SETUP, new ChangeCaseStatusCommand(number, null, s,
                    "Atención concluida; remisiones en curso."));
        }
        return number;
    }

    private List<Probe> probes() {
        List<Probe> p = new ArrayList<>();
        p.add(new Probe("POST /cases (register)", "201/403 201/403 201/201 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases", Json.registration(s == Scope.OWN ? "MXTAP" : "MXSAL"))));
        p.add(new Probe("POST /cases/duplicates", "200/200 200/200 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/duplicates", Json.person())));
        p.add(new Probe("GET /cases?office=", "200/403 200/403 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "GET", "/api/v1/cases?office=" + (s == Scope.OWN ? "MXTAP" : "MXSAL"), null)));
        p.add(new Probe("GET /cases/{n}", "200/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "GET", "/api/v1/cases/" + fixture(s).number(), null)));
        p.add(new Probe("GET /cases/{n}/forms", "200/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "GET", "/api/v1/cases/" + fixture(s).number() + "/forms", null)));
        // Staff: "own" is their office's inbox, "other" another office's; for the partner, "own" is its
        // institution's inbox and "other" another institution's.
        p.add(new Probe("GET /referrals", "200/403 200/403 200/200 403/403 403/403 200/403",
                (u, s) -> api(u, "GET", "/api/v1/referrals?" + (u == User.PARTNER
                        ? "institution=" + (s == Scope.OWN ? "DIF" : "IOM")
                        : "office=" + (s == Scope.OWN ? "MXTAP" : "MXSAL")), null)));
        p.add(new Probe("POST /cases/{n}/actions", "201/404 201/404 201/201 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/" + fixture(s).number() + "/actions",
                        "{\"kind\":\"CALL\",\"text\":\"Llamada a la familia.\"}")));
        p.add(new Probe("POST /cases/{n}/actions/{id}/corrections", "201/404 201/404 201/201 403/403 403/403 403/403",
                (u, s) -> {
                    Fixture f = fixture(s);
                    return api(u, "POST", "/api/v1/cases/" + f.number() + "/actions/" + f.actionId() + "/corrections",
                            "{\"correctedText\":\"Entrevista inicial en el hospital.\"}");
                }));
        p.add(new Probe("POST /cases/{n}/follow-ups", "201/404 201/404 201/201 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/" + fixture(s).number() + "/follow-ups",
                        "{\"description\":\"Llamar a la COMAR\"}")));
        p.add(new Probe("POST /cases/{n}/follow-ups/{id}/completion", "200/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> {
                    Fixture f = fixture(s);
                    return api(u, "POST", "/api/v1/cases/" + f.number() + "/follow-ups/" + f.followUpId() + "/completion",
                            "{\"outcome\":\"Hecho.\"}");
                }));
        p.add(new Probe("POST /cases/{n}/assignment", "403/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/" + fixture(s).number() + "/assignment",
                        "{\"officer\":\"t.officer\"}")));
        p.add(new Probe("POST /cases/{n}/status (work)", "200/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/" + fixture(s).number() + "/status",
                        "{\"target\":\"IN_ASSESSMENT\"}")));
        p.add(new Probe("POST /cases/{n}/status (close)", "403/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/" + resolvedCase(s) + "/status",
                        "{\"target\":\"CLOSED\",\"reason\":\"Cierre aprobado.\"}")));
        p.add(new Probe("POST /cases/{n}/priority", "200/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/" + fixture(s).number() + "/priority",
                        "{\"priority\":\"URGENT\",\"reason\":\"Amenazas recientes.\"}")));
        p.add(new Probe("POST /cases/{n}/consents", "201/404 201/404 201/201 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/" + fixture(s).number() + "/consents",
                        "{\"purpose\":\"STATISTICS\",\"state\":\"GIVEN\",\"basis\":\"CONSENT\"}")));
        p.add(new Probe("POST /cases/{n}/referrals", "201/404 201/404 201/201 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/" + fixture(s).number() + "/referrals",
                        "{\"institution\":\"CNDH\",\"reason\":\"Queja por abuso de autoridad\"}")));
        p.add(new Probe("POST /cases/{n}/referrals/{id}/confirmation", "200/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> {
                    Fixture f = fixture(s);
                    return api(u, "POST", "/api/v1/cases/" + f.number() + "/referrals/" + f.suggestedReferral()
                            + "/confirmation", "{\"includeNarrative\":false}");
                }));
        p.add(new Probe("POST /cases/{n}/referrals/{id}/dismissal", "200/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> {
                    Fixture f = fixture(s);
                    return api(u, "POST", "/api/v1/cases/" + f.number() + "/referrals/" + f.suggestedReferral()
                            + "/dismissal", "{\"reason\":\"No desea la remisión.\"}");
                }));
        // For the partner, "own" is a referral to its institution (DIF) and "other" one to IOM, both on a case of
        // Tapachula; for staff, "other" is the same on a case of Saltillo.
        p.add(new Probe("POST /cases/{n}/referrals/{id}/responses", "200/404 200/404 200/200 403/403 403/403 200/404",
                (u, s) -> {
                    Fixture f = fixture(u == User.PARTNER ? Scope.OWN : s);
                    String referral = u == User.PARTNER ? (s == Scope.OWN ? f.partnerReferral() : otherReferral(f))
                            : f.partnerReferral();
                    return api(u, "POST", "/api/v1/cases/" + f.number() + "/referrals/" + referral + "/responses",
                            "{\"response\":\"ACKNOWLEDGE\",\"note\":\"Recibido.\"}");
                }));
        p.add(new Probe("GET /cases/{n}/forms/INTAKE_SHEET", "200/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "GET", "/api/v1/cases/" + fixture(s).number() + "/forms/INTAKE_SHEET", null)));
        p.add(new Probe("GET /cases/{n}/forms/REFERRAL_LETTER", "200/404 200/404 200/200 403/403 403/403 403/403",
                (u, s) -> {
                    Fixture f = fixture(s);
                    return api(u, "GET", "/api/v1/cases/" + f.number() + "/forms/REFERRAL_LETTER?referral="
                            + f.partnerReferral(), null);
                }));
        p.add(new Probe("GET /alerts", "200/200 200/200 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "GET", "/api/v1/alerts", null)));
        p.add(new Probe("GET /persons?q=", "200/200 200/200 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "GET", "/api/v1/persons?q=Maradiaga", null)));
        p.add(new Probe("POST /persons/merges", "403/403 403/403 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/persons/merges", "{\"survivorId\":\"" + freshFixture(Scope.OWN).personId()
                        + "\",\"duplicateId\":\"" + freshFixture(Scope.OTHER).personId() + "\",\"reason\":\"Misma persona\"}")));
        p.add(new Probe("POST /cases/auto-closure", "403/403 403/403 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "POST", "/api/v1/cases/auto-closure",
                        "{\"resolvedBefore\":\"" + Instant.now().minusSeconds(86_400 * 60) + "\"}")));
        p.add(new Probe("GET /audit", "403/403 403/403 200/200 403/403 403/403 403/403",
                (u, s) -> api(u, "GET", "/api/v1/audit?limit=5", null)));
        return p;
    }

    private String otherReferral(Fixture f) {
        return core.viewCase().view(SETUP, f.number()).referrals().stream()
                .filter(x -> x.institution().equals("IOM")).findFirst().orElseThrow().id();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointEveryRoleOwnAndOtherOffice() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Probe probe : probes()) {
            Map<User, String[]> expected = expectations(probe.expected());
            for (User user : User.values()) {
                for (Scope scope : Scope.values()) {
                    int status = Integer.parseInt(expected.get(user)[scope.ordinal()]);
                    tests.add(DynamicTest.dynamicTest(probe.name() + " as " + user + " on " + scope + " → " + status, () -> {
                        HttpResponse<String> response = probe.call().apply(user, scope);
                        if (response.statusCode() < 300) {
                            fixtures.clear();
                        }
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
                        if (status >= 400) {
                            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                                    .startsWith("application/problem+json");
                            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }
}
