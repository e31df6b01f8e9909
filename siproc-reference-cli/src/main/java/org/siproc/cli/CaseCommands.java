package org.siproc.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.CaseChange;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.DuplicateCandidate;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.CaseSummary;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseAction;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.FollowUp;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.shared.OfficeCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code siproc case ...}: register, show, list and work on protection cases. */
@Command(name = "case", mixinStandardHelpOptions = true,
        subcommands = {CaseCommands.Register.class, CaseCommands.Show.class, CaseCommands.ListCases.class,
                CaseCommands.Act.class, CaseCommands.Refer.class, CaseCommands.Close.class,
                CaseCommands.Status.class})
final class CaseCommands extends CommandGroup {

    private CaseCommands() {
    }

    /** The outcome of a change: the case number, its new version and the id of the new entry. */
    static Map<String, Object> change(CaseChange change) {
        Map<String, Object> m = Output.fields();
        m.put("caseNumber", change.caseNumber().toString());
        m.put("version", change.version());
        m.put("entryId", change.entryId());
        return m;
    }

    /**
     * A birth date as scripts read it: {@code 1990-04-12} when exact, {@code 1990} when only the year is known,
     * {@code ~34@2026-11-20} for an age estimated on a day.
     */
    static @Nullable String birthDate(@Nullable BirthDate birthDate) {
        if (birthDate instanceof BirthDate.Exact exact) {
            return exact.date().toString();
        }
        if (birthDate instanceof BirthDate.YearOnly year) {
            return Integer.toString(year.year());
        }
        if (birthDate instanceof BirthDate.EstimatedAge age) {
            return "~" + age.years() + "@" + age.estimatedOn();
        }
        return null;
    }

    static List<Map<String, Object>> referrals(List<CaseView.ReferralView> referrals) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CaseView.ReferralView r : referrals) {
            Map<String, Object> m = Output.fields();
            m.put("id", r.id());
            m.put("institution", r.institution());
            m.put("status", r.status().name());
            m.put("rule", r.ruleId());
            m.put("reason", r.reason());
            m.put("responseDueAt", CliCommand.iso(r.responseDueAt()));
            rows.add(m);
        }
        return rows;
    }

    @Command(name = "register", mixinStandardHelpOptions = true)
    static final class Register extends CliCommand {
        @Option(names = "--input", required = true, paramLabel = "FILE.json")
        @Nullable Path input;

        @Override
        public Integer call() {
            RegisterCaseCommand command = InputFiles.registration(java.util.Objects.requireNonNull(input));
            RegistrationResult r = session().core.registerCase().register(actor(), command);
            Map<String, Object> m = Output.fields();
            m.put("caseNumber", r.caseNumber().toString());
            m.put("version", r.version());
            m.put("personId", r.personId().toString());
            m.put("priority", r.priority().priority().name());
            m.put("priorityRule", r.priority().ruleId());
            m.put("priorityReason", r.priority().reason());
            m.put("suggestedReferrals", referrals(r.suggestedReferrals()));
            List<Map<String, Object>> forms = new ArrayList<>();
            r.requiredForms().forEach(f -> {
                Map<String, Object> fm = Output.fields();
                fm.put("form", f.form());
                fm.put("rule", f.ruleId());
                forms.add(fm);
            });
            m.put("requiredForms", forms);
            List<Map<String, Object>> duplicates = new ArrayList<>();
            for (DuplicateCandidate d : r.duplicateCandidates()) {
                Map<String, Object> dm = Output.fields();
                dm.put("personId", d.personId().toString());
                dm.put("name", d.fullName());
                dm.put("birthDate", d.birthDate());
                dm.put("score", Math.round(d.score() * 100) / 100.0);
                dm.put("reasons", String.join("; ", d.reasons()));
                duplicates.add(dm);
            }
            m.put("duplicateCandidates", duplicates);
            output().object(m);
            return SiprocCli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends CliCommand {
        @Parameters(paramLabel = "CASE")
        String caseNumber = "";

        @Override
        public Integer call() {
            CaseView v = session().core.viewCase().view(actor(), caseNumber);
            Map<String, Object> m = Output.fields();
            m.put("caseNumber", v.number().toString());
            m.put("version", v.version());
            m.put("office", v.office().toString());
            m.put("status", v.status().name());
            m.put("type", v.classification().type());
            m.put("subtype", v.classification().subtype());
            m.put("priority", v.priority().priority().name());
            m.put("priorityRule", v.priority().ruleId());
            m.put("priorityReason", v.priority().reason());
            m.put("assignee", v.assignee());
            m.put("registeredAt", iso(v.registeredAt()));
            m.put("registeredBy", v.registeredBy());
            m.put("channel", v.channel().name());
            m.put("incidentDate", v.incident().date() == null ? null : String.valueOf(v.incident().date()));
            m.put("incidentCountry", String.valueOf(v.incident().country()));
            m.put("narrative", v.sensitiveRedacted() ? "(hidden: need-to-know)" : v.narrative());
            List<Map<String, Object>> persons = new ArrayList<>();
            for (CaseView.PersonView p : v.persons()) {
                Map<String, Object> pm = Output.fields();
                pm.put("id", p.id().toString());
                pm.put("name", p.fullName());
                pm.put("birthDate", birthDate(p.birthDate()));
                pm.put("sex", p.sex().name());
                pm.put("nationality", p.nationality());
                persons.add(pm);
            }
            m.put("persons", persons);
            List<Map<String, Object>> actions = new ArrayList<>();
            for (CaseAction a : v.actions()) {
                Map<String, Object> am = Output.fields();
                am.put("id", a.id().toString());
                am.put("kind", a.kind().name());
                am.put("occurredOn", iso(a.occurredOn()));
                am.put("by", a.recordedBy().toString());
                am.put("text", a.text());
                actions.add(am);
            }
            m.put("actions", actions);
            List<Map<String, Object>> followUps = new ArrayList<>();
            for (FollowUp f : v.followUps()) {
                Map<String, Object> fm = Output.fields();
                fm.put("id", f.id().toString());
                fm.put("dueAt", iso(f.dueAt()));
                fm.put("done", f.done());
                fm.put("description", f.description());
                followUps.add(fm);
            }
            m.put("followUps", followUps);
            m.put("referrals", referrals(v.referrals()));
            m.put("allowedTransitions", v.allowedTransitions().stream().map(Enum::name).sorted().toList());
            output().object(m);
            return SiprocCli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCases extends CliCommand {
        @Option(names = "--in-office")
        @Nullable String office;
        @Option(names = "--status")
        @Nullable CaseStatus status;
        @Option(names = "--type")
        @Nullable String type;
        @Option(names = "--priority")
        @Nullable Priority priority;
        @Option(names = "--assignee")
        @Nullable String assignee;
        @Option(names = "--overdue")
        boolean overdue;
        @Option(names = "--page", defaultValue = "0")
        int page;
        @Option(names = "--page-size", defaultValue = "50")
        int pageSize;

        @Override
        public Integer call() {
            CaseQuery query = new CaseQuery(office == null ? null : OfficeCode.of(office), status, type, priority,
                    assignee, overdue, page, pageSize);
            List<CaseSummary> cases = session().core.viewCase().list(actor(), query);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CaseSummary c : cases) {
                Map<String, Object> m = Output.fields();
                m.put("caseNumber", c.number().toString());
                m.put("office", c.office().toString());
                m.put("status", c.status().name());
                m.put("type", c.classification().type());
                m.put("subtype", c.classification().subtype());
                m.put("priority", c.priority().name());
                m.put("person", c.mainPersonName());
                m.put("assignee", c.assignee());
                m.put("registeredAt", iso(c.registeredAt()));
                m.put("overdue", c.overdue());
                m.put("version", c.version());
                rows.add(m);
            }
            output().rows(rows, cli().message("out.noCases"), "caseNumber", "office", "status", "type", "subtype", "priority", "person",
                    "assignee", "registeredAt", "overdue", "version");
            return SiprocCli.OK;
        }
    }

    @Command(name = "act", mixinStandardHelpOptions = true)
    static final class Act extends CliCommand {
        @Parameters(paramLabel = "CASE")
        String caseNumber = "";
        @Option(names = "--kind", required = true)
        @Nullable ActionKind kind;
        @Option(names = "--text", required = true)
        String text = "";
        @Option(names = "--on", paramLabel = "INSTANT")
        @Nullable Instant occurredOn;
        @Option(names = "--expected-version")
        @Nullable Long expectedVersion;

        @Override
        public Integer call() {
            CaseChange change = session().core.recordAction().record(actor(),
                    new RecordActionCommand(caseNumber, expectedVersion, java.util.Objects.requireNonNull(kind),
                            occurredOn, text));
            output().object(change(change));
            return SiprocCli.OK;
        }
    }

    @Command(name = "refer", mixinStandardHelpOptions = true)
    static final class Refer extends CliCommand {
        @Parameters(paramLabel = "CASE")
        String caseNumber = "";
        @Option(names = "--institution")
        @Nullable String institution;
        @Option(names = "--reason")
        @Nullable String reason;
        @Option(names = "--suggested", paramLabel = "REFERRAL_ID")
        @Nullable String suggested;
        @Option(names = "--include-narrative")
        boolean includeNarrative;
        @Option(names = "--legal-basis")
        @Nullable SharingBasis legalBasis;
        @Option(names = "--expected-version")
        @Nullable Long expectedVersion;

        @Override
        public Integer call() {
            CaseChange change;
            if (suggested != null) {
                if (institution != null || reason != null) {
                    throw new SiprocCli.UsageException("usage.referEither");
                }
                change = session().core.referCase().confirm(actor(), new ConfirmReferralCommand(caseNumber,
                        expectedVersion, suggested, includeNarrative, legalBasis));
            } else {
                if (institution == null || reason == null) {
                    throw new SiprocCli.UsageException("usage.referNeeds");
                }
                change = session().core.referCase().refer(actor(), new ReferCaseCommand(caseNumber, expectedVersion,
                        institution, reason, includeNarrative, legalBasis));
            }
            output().object(change(change));
            return SiprocCli.OK;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true)
    static final class Close extends CliCommand {
        @Parameters(paramLabel = "CASE")
        String caseNumber = "";
        @Option(names = "--reason")
        @Nullable String reason;
        @Option(names = "--expected-version")
        @Nullable Long expectedVersion;

        @Override
        public Integer call() {
            CaseChange change = session().core.changeStatus().changeStatus(actor(),
                    new ChangeCaseStatusCommand(caseNumber, expectedVersion, CaseStatus.CLOSED, reason));
            output().object(change(change));
            return SiprocCli.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status extends CliCommand {
        @Parameters(paramLabel = "CASE")
        String caseNumber = "";
        @Option(names = "--to", required = true)
        @Nullable CaseStatus target;
        @Option(names = "--reason")
        @Nullable String reason;
        @Option(names = "--expected-version")
        @Nullable Long expectedVersion;

        @Override
        public Integer call() {
            CaseChange change = session().core.changeStatus().changeStatus(actor(),
                    new ChangeCaseStatusCommand(caseNumber, expectedVersion, java.util.Objects.requireNonNull(target),
                            reason));
            output().object(change(change));
            return SiprocCli.OK;
        }
    }
}
