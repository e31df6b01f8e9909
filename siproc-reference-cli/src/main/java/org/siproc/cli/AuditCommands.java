package org.siproc.cli;

import java.util.Map;
import org.siproc.persistence.jpa.AuditChainVerifier;
import picocli.CommandLine.Command;

/** {@code siproc audit ...}: the tamper-evident audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        subcommands = AuditCommands.Verify.class)
final class AuditCommands extends CommandGroup {

    private AuditCommands() {
    }

    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify extends CliCommand {
        @Override
        public Integer call() {
            actor(); // any enabled account: the check reads no personal data, but nobody runs it anonymously
            AuditChainVerifier.Result result = session().persistence.auditChainVerifier().verify();
            Map<String, Object> m = Output.fields();
            m.put("intact", result.intact());
            m.put("entriesChecked", result.entriesChecked());
            m.put("firstBrokenEntry", result.firstBrokenEntry());
            m.put("problem", result.problem());
            output().object(m);
            if (!result.intact()) {
                // The result stays on stdout for scripts; the error goes to stderr, as JSON with --format json.
                throw new SiprocCli.DataException("audit", null, "data.auditBroken",
                        String.valueOf(result.firstBrokenEntry()), result.problem());
            }
            return SiprocCli.OK;
        }
    }
}
