package org.siproc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.RenderFormCommand;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.domain.casefile.ReferralStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code siproc forms ...}: the printable forms of a case. */
@Command(name = "forms", mixinStandardHelpOptions = true,
        subcommands = FormsCommands.Render.class)
final class FormsCommands extends CommandGroup {

    private FormsCommands() {
    }

    @Command(name = "render", mixinStandardHelpOptions = true)
    static final class Render extends CliCommand {
        @Parameters(paramLabel = "CASE")
        String caseNumber = "";
        @Option(names = "--out", required = true, paramLabel = "DIR")
        @Nullable Path out;
        @Option(names = "--form", paramLabel = "FORM")
        List<String> forms = new ArrayList<>();
        @Option(names = "--referral", paramLabel = "REFERRAL_ID")
        @Nullable String referral;

        @Override
        public Integer call() {
            Path dir = Objects.requireNonNull(out);
            Session session = session();
            List<String[]> jobs = new ArrayList<>(); // form, referral id or null
            if (forms.isEmpty()) {
                jobs.add(new String[] {"INTAKE_SHEET", null});
                CaseView view = session.core.viewCase().view(actor(), caseNumber);
                for (CaseView.ReferralView r : view.referrals()) {
                    if (r.status() != ReferralStatus.SUGGESTED && r.status() != ReferralStatus.DISMISSED) {
                        jobs.add(new String[] {"REFERRAL_LETTER", r.id()});
                    }
                }
            } else {
                forms.forEach(f -> jobs.add(new String[] {f, referral}));
            }
            createDirectories(dir);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String[] job : jobs) {
                FormRenderer.RenderedForm rendered = session.core.renderForm().render(actor(),
                        new RenderFormCommand(caseNumber, job[0], cli().locale(), job[1]));
                String name = caseNumber + "-" + rendered.form().toLowerCase(Locale.ROOT)
                        + (job[1] == null ? "" : "-" + job[1].substring(0, Math.min(8, job[1].length()))) + ".pdf";
                Path file = dir.resolve(name);
                byte[] content = rendered.content();
                write(file, content);
                Map<String, Object> m = Output.fields();
                m.put("form", rendered.form());
                m.put("referral", job[1]);
                m.put("file", file.toString());
                m.put("bytes", content.length);
                m.put("verificationHash", rendered.verificationHash());
                rows.add(m);
            }
            output().rows(rows, cli().message("out.noForms"));
            return SiprocCli.OK;
        }

        private static void createDirectories(Path dir) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new SiprocCli.DataException("out", e, "data.cannotWrite", dir, String.valueOf(e.getMessage()));
            }
        }

        private static void write(Path file, byte[] content) {
            try {
                Files.write(file, content);
            } catch (IOException e) {
                throw new SiprocCli.DataException("out", e, "data.cannotWrite", file, String.valueOf(e.getMessage()));
            }
        }
    }
}
