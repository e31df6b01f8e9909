package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The referrals inbox on core's {@code ListReferralsUseCase}, through the API ({@code GET /api/v1/referrals}) and
 * the page ({@code /referrals}): a partner sees only the referrals sent to its institution, staff those of their
 * office, headquarters any office's; filters by status, institution, office and overdue; due soonest first; paged.
 */
class ReferralsInboxTest extends WebTestSupport {

    @Autowired
    ShiftableClock clock;

    /** A Tapachula case referred to DIF (a month ago: overdue now) and to IOM; a Saltillo case referred to DIF. */
    private String tapachulaDif;
    private String tapachulaIom;
    private String saltilloDif;
    private String tapachulaCase;

    @BeforeEach
    void referrals() {
        tapachulaCase = registerCase("MXTAP").caseNumber().toString();
        String saltillo = registerCase("MXSAL").caseNumber().toString();
        try {
            clock.shiftTo(Instant.now().minusSeconds(30L * 86_400));
            core.referCase().refer(SETUP, new ReferCaseCommand(tapachulaCase, null, "DIF", "Valoración del DIF", false, null));
        } finally {
            clock.reset();
        }
        core.referCase().refer(SETUP, new ReferCaseCommand(tapachulaCase, null, "IOM", "Apoyo de la OIM", false, null));
        core.referCase().refer(SETUP, new ReferCaseCommand(saltillo, null, "DIF", "Valoración del DIF", false, null));
        tapachulaDif = referral(tapachulaCase, "DIF");
        tapachulaIom = referral(tapachulaCase, "IOM");
        saltilloDif = referral(saltillo, "DIF");
    }

    private String referral(String number, String institution) {
        return core.viewCase().view(SETUP, number).referrals().stream()
                .filter(r -> r.institution().equals(institution) && r.status() != ReferralStatus.SUGGESTED)
                .map(CaseView.ReferralView::id).findFirst().orElseThrow();
    }

    private JsonNode list(User user, String query) {
        HttpResponse<String> response = api(user, "GET", "/api/v1/referrals?size=500" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    @Test
    void aPartnerSeesOnlyTheReferralsSentToItsInstitutionOfEveryOffice() {
        JsonNode partner = list(User.PARTNER, "");
        assertThat(partner.findValuesAsString("institution")).isNotEmpty().containsOnly("DIF");
        assertThat(partner.findValuesAsString("referralId")).contains(tapachulaDif, saltilloDif).doesNotContain(tapachulaIom);
        assertThat(partner.findValuesAsString("office")).contains("MXTAP", "MXSAL");
        assertThat(api(User.PARTNER, "GET", "/api/v1/referrals?institution=IOM", null).statusCode()).isEqualTo(403);
    }

    @Test
    void staffSeeTheirOfficeAndHeadquartersEveryOffice() {
        JsonNode officer = list(User.OFFICER, "");
        assertThat(officer.findValuesAsString("office")).isNotEmpty().containsOnly("MXTAP");
        assertThat(officer.findValuesAsString("referralId")).contains(tapachulaDif, tapachulaIom).doesNotContain(saltilloDif);
        assertThat(list(User.OFFICER, "&institution=IOM").findValuesAsString("institution")).containsOnly("IOM");
        assertThat(api(User.OFFICER, "GET", "/api/v1/referrals?office=MXSAL", null).statusCode()).isEqualTo(403);
        assertThat(list(User.HQ, "&office=MXSAL").findValuesAsString("referralId")).contains(saltilloDif)
                .doesNotContain(tapachulaDif);
        assertThat(list(User.HQ, "").findValuesAsString("referralId")).contains(tapachulaDif, saltilloDif);
        assertThat(api(User.OBSERVER, "GET", "/api/v1/referrals", null).statusCode()).isEqualTo(403);
    }

    @Test
    void filtersByOverdueAndStatusDueSoonestFirstAndPaged() {
        JsonNode overdue = list(User.OFFICER, "&overdue=true");
        assertThat(overdue.findValuesAsString("referralId")).contains(tapachulaDif).doesNotContain(tapachulaIom);
        assertThat(overdue.findValues("overdue")).allMatch(JsonNode::asBoolean);

        api(User.PARTNER, "POST", "/api/v1/cases/" + tapachulaCase + "/referrals/" + tapachulaDif + "/responses",
                "{\"response\":\"ACCEPT\"}");
        JsonNode accepted = list(User.OFFICER, "&status=ACCEPTED");
        assertThat(accepted.findValuesAsString("status")).containsOnly("ACCEPTED");
        assertThat(accepted.findValuesAsString("referralId")).contains(tapachulaDif);

        List<Instant> due = list(User.HQ, "").findValues("responseDueAt").stream().filter(d -> !d.isNull())
                .map(d -> Instant.parse(d.asString())).toList();
        assertThat(due).hasSizeGreaterThan(2).isSorted();
        String first = list(User.HQ, "").get(0).get("referralId").asString();
        JsonNode page0 = Json.parse(api(User.HQ, "GET", "/api/v1/referrals?size=1&page=0", null).body());
        JsonNode page1 = Json.parse(api(User.HQ, "GET", "/api/v1/referrals?size=1&page=1", null).body());
        assertThat(page0.size()).isEqualTo(1);
        assertThat(page0.get(0).get("referralId").asString()).isEqualTo(first);
        assertThat(page1.get(0).get("referralId").asString()).isNotEqualTo(first);
        assertThat(api(User.HQ, "GET", "/api/v1/referrals?size=0", null).statusCode()).isEqualTo(400);
    }

    @Test
    void thePartnersInboxPageListsItsReferralsWithoutCaseLinksAndRecordsAnAnswer() {
        PageClient partner = new PageClient(this::url);
        partner.login(User.PARTNER.username, PASSWORD);
        HttpResponse<String> page = partner.get("/referrals");
        assertThat(page.statusCode()).isEqualTo(200);
        // Due soonest first: the month-old referral is on the first page.
        assertThat(page.body()).contains(tapachulaDif, tapachulaCase).doesNotContain(tapachulaIom)
                .doesNotContain("href=\"/cases/");
        assertThat(institutionsListed(page.body())).isNotEmpty().containsOnly("DIF");

        HttpResponse<String> answered = partner.submit("/referrals", "/referrals/respond",
                Map.of("caseNumber", tapachulaCase, "entryId", tapachulaDif, "response", "ACKNOWLEDGE"));
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(referralStatus(tapachulaCase, tapachulaDif)).isEqualTo(ReferralStatus.ACKNOWLEDGED);
        assertThat(partner.get("/referrals?status=ACKNOWLEDGED").body()).contains(tapachulaDif);
    }

    @Test
    void theOfficersInboxPageFiltersByInstitutionAndOverdue() {
        PageClient officer = new PageClient(this::url);
        officer.login(User.OFFICER.username, PASSWORD);
        String iom = officer.get("/referrals?institution=IOM&lang=en").body();
        assertThat(iom).doesNotContain(tapachulaDif).contains("Referrals sent to institutions");
        assertThat(institutionsListed(iom)).isNotEmpty().containsOnly("IOM");
        String overdue = officer.get("/referrals?overdue=true&lang=es").body();
        assertThat(overdue).contains(tapachulaDif, "href=\"/cases/" + tapachulaCase + "#referrals\"")
                .doesNotContain(tapachulaIom).doesNotContain(saltilloDif).contains("Remisiones enviadas");
        assertThat(officer.get("/referrals?office=MXSAL").statusCode()).isEqualTo(403);
    }

    /** The institution codes of the inbox rows (each row carries its institution in a data attribute). */
    private static List<String> institutionsListed(String page) {
        return java.util.regex.Pattern.compile("data-institution=\"([^\"]+)\"").matcher(page).results()
                .map(m -> m.group(1)).toList();
    }

    private ReferralStatus referralStatus(String number, String id) {
        return core.viewCase().view(SETUP, number).referrals().stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow().status();
    }
}
