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
@Command(name = "referral", mixinStandardHelpOptions = true,
        subcommands = ReferralCommands.Respond.class)
final class ReferralCommands extends CommandGroup {

    private ReferralCommands() {
    }

    @Command(name = "respond", mixinStandardHelpOptions = true)
    static final class Respond extends CliCommand {
        @Parameters(index = "0", paramLabel = "CASE")
        String caseNumber = "";
        @Parameters(index = "1", paramLabel = "REFERRAL_ID")
        String referralId = "";
        @Option(names = "--response", required = true)
        @Nullable ReferralResponse response;
        @Option(names = "--note")
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
