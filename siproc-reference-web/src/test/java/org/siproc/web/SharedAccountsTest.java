package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.persistence.jpa.accounts.JdbcAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web app logs in the accounts of the store it shares with the CLI: an account written straight into
 * {@link JdbcAccounts} (as {@code siproc user add} writes it) logs in, acts with the role and office stored there,
 * and stops logging in once disabled.
 */
class SharedAccountsTest extends WebTestSupport {

    /**
     * The hash {@code siproc init --admin golden} wrote for {@value #CLI_PASSWORD} (the CLI's Argon2 hasher, Spring
     * Security's encoder with 16 MiB and 2 passes): the CLI's test checks the CLI still writes this form.
     */
    static final String CLI_HASH = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$WaED022Q0T79xNio6rsJjQ"
            + "$7WDBPvR9BIep6f/yrH1pWieq1ApomEdW7/6Q93dpG8E";
    static final String CLI_PASSWORD = "golden-password-1";

    @Autowired
    DataSource dataSource;

    private HttpResponse<String> alerts(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/alerts")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAccountOfTheSharedStoreWithACliHashLogsInUntilDisabled() throws Exception {
        JdbcAccounts store = JdbcAccounts.on(dataSource);
        UserId user = UserId.of("cli.officer");
        if (store.find(user).isEmpty()) {
            store.add(new Account(user, "Created by the CLI", Role.OFFICER, OfficeCode.of("MXTAP"), null, false, true),
                    CLI_HASH, Instant.now());
        }
        store.setEnabled(user, true);
        assertThat(alerts(user.value(), "wrong-password-1").statusCode()).isEqualTo(401);
        assertThat(alerts(user.value(), CLI_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(accounts.find(user.value())).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(Role.OFFICER);
            assertThat(u.office()).isEqualTo("MXTAP");
        });

        store.setEnabled(user, false);
        assertThat(alerts(user.value(), CLI_PASSWORD).statusCode()).isEqualTo(401);
    }
}
