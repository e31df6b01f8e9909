package org.siproc.cli;

import java.util.Map;
import org.siproc.core.profile.CountryProfile;
import picocli.CommandLine.Command;

/**
 * {@code siproc init}: migrates the schema (Flyway, through {@code JpaPersistence}) and loads and validates the
 * country profile. There is no first administrator to create: {@code siproc-persistence-jpa} stores no user accounts
 * (users are authenticated by the deployment and named with {@code --user}/{@code --role}), and the command says so
 * rather than pretending.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Migrate the database schema and load and validate the country profile.",
                "Safe to run again: an up-to-date schema is left as it is."})
final class InitCommand extends CliCommand {

    @Override
    public Integer call() {
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
        result.put("administrator", "not created: SIPROC stores no user accounts; the acting user is given with "
                + "--user and --role on each command (see docs/cli.md)");
        output().object(result);
        return SiprocCli.OK;
    }
}
