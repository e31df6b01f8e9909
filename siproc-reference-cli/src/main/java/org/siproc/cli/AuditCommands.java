package org.siproc.cli;

import java.util.Map;
import org.siproc.persistence.jpa.AuditChainVerifier;
import picocli.CommandLine.Command;

/** {@code siproc audit ...}: the tamper-evident audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit trail.",
        subcommands = AuditCommands.Verify.class)
final class AuditCommands {

    private AuditCommands() {
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute the audit trail's hash chain and report the first broken link.",
                    "Exit code 0 when the chain is intact, 3 when it is broken."})
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
                spec().commandLine().getErr().println(cli().message("data.auditBroken",
                        String.valueOf(result.firstBrokenEntry()), result.problem()));
                return SiprocCli.DATA_ERROR;
            }
            return SiprocCli.OK;
        }
    }
}
