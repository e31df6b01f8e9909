package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The case page over HTTP: the rarely used forms (assign, raise priority, refer by hand) are rendered only when
 * asked for, or again with their errors and the typed input when they fail; the timeline is written in the
 * user's language.
 */
class CasePageTest extends WebTestSupport {

    @Test
    void rarelyUsedFormsAreLoadedOnDemandAndComeBackWithTheirErrorsAndInput() {
        String number = registerCase("MXTAP").caseNumber().toString();
        PageClient consul = new PageClient(this::url);
        consul.login(User.CONSUL.username, PASSWORD);

        String page = consul.get("/cases/" + number + "?lang=es").body();
        assertThat(page).contains("id=\"more-refer\"", "id=\"more-assign\"", "id=\"more-priority\"", "id=\"action-form\"")
                .doesNotContain("id=\"refer-form\"").doesNotContain("id=\"assign-form\"")
                .doesNotContain("id=\"priority-form\"");
        assertThat(page).contains("<strong>Estado: Registrado</strong>");
        assertThat(consul.get("/cases/" + number + "?lang=en").body()).contains("<strong>Status: Registered</strong>");

        String refer = consul.get("/cases/" + number + "?more=refer&lang=es").body();
        assertThat(refer).contains("id=\"refer-form\"", "value=\"CNDH\"").doesNotContain("id=\"more-refer\"")
                .doesNotContain("id=\"assign-form\"");
        assertThat(consul.get("/cases/" + number + "?more=assign").body()).contains("id=\"assign-form\"")
                .doesNotContain("id=\"refer-form\"");
        assertThat(consul.get("/cases/" + number + "?more=nonsense").body()).doesNotContain("-form\" method")
                .contains("id=\"more-refer\"");

        HttpResponse<String> failed = consul.submit("/cases/" + number, "/cases/" + number + "/refer",
                Map.of("institution", "CNDH", "reason", ""));
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("id=\"refer-form\"", "<option value=\"CNDH\" selected=\"selected\"")
                .contains("class=\"field-error\"");

        HttpResponse<String> referred = consul.submit("/cases/" + number, "/cases/" + number + "/refer",
                Map.of("institution", "CNDH", "reason", "Queja por abuso de autoridad"));
        assertThat(referred.statusCode()).isEqualTo(302);
        assertThat(core.viewCase().view(SETUP, number).referrals()).anyMatch(r -> r.institution().equals("CNDH"));
    }
}
