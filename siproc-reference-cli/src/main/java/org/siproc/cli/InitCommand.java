package org.siproc.cli;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Account;
import org.siproc.core.profile.CountryProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code siproc init}: migrates the schema (the cases through {@code JpaPersistence}, the accounts through
 * {@code JdbcAccounts}), loads and validates the country profile, and with {@code --admin} creates the first
 * administrator, once: when an administrator exists, the core refuses ({@code SIPROC-0033}).
 */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand extends CliCommand {

    static final String PASSWORD_VARIABLE = "SIPROC_ADMIN_PASSWORD";

    @Option(names = "--admin", paramLabel = "NAME")
    @Nullable String admin;

    @Option(names = "--admin-name", paramLabel = "DISPLAY_NAME")
    @Nullable String adminName;

    @Option(names = "--password", interactive = true, prompt = "Password / Contraseña: ")
    char @Nullable [] password;

    @Override
    public Integer call() {
        if (admin == null && adminName != null) {
            throw new SiprocCli.UsageException("usage.adminNeedsName");
        }
        char[] secret = admin == null ? null : Passwords.read(cli(), password, PASSWORD_VARIABLE, admin);
        Session session = cli().session(true);
        CountryProfile p = session.profile;
        Map<String, Object> result = Output.fields();
        result.put("database", session.jdbcUrl);
        result.put("schema", "migrated");
        result.put("profile", p.country().toString());
        result.put("profileName", p.name());
        result.put("offices", p.offices().size());
        result.put("caseTypes", p.caseTypes().size());
        result.put("institutions", p.institutions().size());
        result.put("forms", p.forms().size());
        if (admin != null && secret != null) {
            try {
                Account created = session.core.manageAccounts().createFirstAdministrator(admin,
                        adminName == null ? admin : adminName, CharBuffer.wrap(secret), "cli");
                result.put("administrator", created.user().value());
            } finally {
                Arrays.fill(secret, ' ');
            }
        }
        output().object(result);
        return SiprocCli.OK;
    }
}
