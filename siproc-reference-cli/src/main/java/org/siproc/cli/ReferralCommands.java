package org.siproc.cli;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.CaseChange;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.domain.casefile.ReferralResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code siproc referral ...}: the receiving institution's side of a referral. */
@Command(name = "referral", mixinStandardHelpOptions = true, description = "Respond to referrals.",
        subcommands = ReferralCommands.Respond.class)
final class ReferralCommands {

    private ReferralCommands() {
    }

    @Command(name = "respond", mixinStandardHelpOptions = true,
            description = {"Record an institution's response to a referral.",
                    "SENT -> ACKNOWLEDGED -> ACCEPTED | DECLINED -> COMPLETED."})
    static final class Respond extends CliCommand {
        @Parameters(index = "0", paramLabel = "CASE", description = "The case number.")
        String caseNumber = "";
        @Parameters(index = "1", paramLabel = "REFERRAL_ID", description = "The referral (case show lists them).")
        String referralId = "";
        @Option(names = "--response", required = true, description = "${COMPLETION-CANDIDATES}.")
        @Nullable ReferralResponse response;
        @Option(names = "--note", description = "A note from the institution.")
        @Nullable String note;

        @Override
        public Integer call() {
            CaseChange change = session().core.respondToReferral().respond(actor(),
                    new RespondToReferralCommand(caseNumber, referralId, Objects.requireNonNull(response), note));
            output().object(CaseCommands.change(change));
            return SiprocCli.OK;
        }
    }
}
