package org.siproc.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ExportCasesUseCase;
import org.siproc.core.application.port.in.ExportCasesUseCase.ExportedCase;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.StatusChange;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.shared.OfficeCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code siproc export}: the cases of an office and/or period as JSON lines, one case per line with its persons,
 * each as the acting user may see it (the access policy and need-to-know apply in the core; the export is audited).
 * To stdout, or to {@code --out}; then a summary goes to stdout.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends CliCommand {

    private static final JsonMapper LINES = JsonMapper.builder().build();

    @Option(names = "--in-office", paramLabel = "OFFICE")
    @Nullable String office;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd")
    @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd")
    @Nullable LocalDate to;

    @Option(names = "--out", paramLabel = "FILE.jsonl")
    @Nullable Path out;

    @Override
    public Integer call() {
        ReportCommand.requirePeriod(from, to);
        ExportCasesUseCase.Query query = new ExportCasesUseCase.Query(office == null ? null : OfficeCode.of(office),
                from, to);
        Actor actor = actor(); // before the file is created: an unknown user leaves no empty file behind
        if (out == null) {
            PrintWriter stdout = spec().commandLine().getOut();
            export(actor, query, stdout);
            stdout.flush();
            return SiprocCli.OK;
        }
        long count;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            count = export(actor, query, writer);
        } catch (IOException | UncheckedIOException e) {
            throw new SiprocCli.DataException("out", e, "data.cannotWrite", out, String.valueOf(e.getMessage()));
        }
        Map<String, Object> m = Output.fields();
        m.put("file", out.toString());
        m.put("cases", count);
        output().object(m);
        return SiprocCli.OK;
    }

    private long export(Actor actor, ExportCasesUseCase.Query query, Writer writer) {
        return session().core.exportCases().export(actor, query, c -> {
            try {
                writer.write(LINES.writeValueAsString(line(c)));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One case as a JSON object: the fields of {@code case show}, the persons in full as the user may see them. */
    static Map<String, Object> line(ExportedCase exported) {
        CaseView v = exported.view();
        Map<String, Object> m = Output.fields();
        m.put("caseNumber", v.number().toString());
        m.put("legacyNumber", exported.legacyNumber());
        m.put("office", v.office().value());
        m.put("status", v.status().name());
        m.put("type", v.classification().type());
        m.put("subtype", v.classification().subtype());
        m.put("priority", v.priority().priority().name());
        m.put("priorityRule", v.priority().ruleId());
        m.put("registeredAt", iso(v.registeredAt()));
        m.put("registeredBy", v.registeredBy());
        m.put("assignee", v.assignee());
        m.put("reporter", v.reporter().kind().name());
        m.put("channel", v.channel().name());
        Map<String, Object> incident = Output.fields();
        incident.put("date", v.incident().date() == null ? null : v.incident().date().toString());
        incident.put("country", v.incident().country().value());
        incident.put("region", v.incident().region());
        incident.put("city", v.incident().city());
        m.put("incident", incident);
        m.put("sensitiveRedacted", v.sensitiveRedacted());
        m.put("narrative", v.narrative());
        List<Map<String, Object>> persons = new ArrayList<>();
        for (CaseView.PersonView p : v.persons()) {
            Map<String, Object> pm = Output.fields();
            pm.put("id", p.id().toString());
            pm.put("givenNames", p.givenNames());
            pm.put("firstSurname", p.firstSurname());
            pm.put("secondSurname", p.secondSurname());
            BirthDate b = p.birthDate();
            pm.put("birthDate", b == null ? null : b.approximateDate().toString());
            pm.put("birthDateExact", b == null ? null : b.exact());
            pm.put("sex", p.sex().name());
            pm.put("nationality", p.nationality());
            List<Map<String, Object>> documents = new ArrayList<>();
            for (IdentityDocument d : p.documents()) {
                Map<String, Object> dm = Output.fields();
                dm.put("type", d.type());
                dm.put("number", d.number());
                dm.put("issuingCountry", d.issuingCountry().value());
                documents.add(dm);
            }
            pm.put("documents", documents);
            pm.put("originDepartment", p.origin() == null ? null : p.origin().departmentCode());
            pm.put("originMunicipality", p.origin() == null ? null : p.origin().municipalityCode());
            pm.put("vulnerabilities", p.flags().stream().map(Enum::name).sorted().toList());
            pm.put("genderIdentity", p.genderIdentity());
            pm.put("ethnicity", p.ethnicity());
            persons.add(pm);
        }
        m.put("persons", persons);
        List<Map<String, Object>> history = new ArrayList<>();
        for (StatusChange h : v.history()) {
            Map<String, Object> hm = Output.fields();
            hm.put("from", h.from() == null ? null : h.from().name());
            hm.put("to", h.to().name());
            hm.put("at", iso(h.at()));
            hm.put("reason", h.reason());
            history.add(hm);
        }
        m.put("history", history);
        m.put("referrals", CaseCommands.referrals(v.referrals()));
        return m;
    }
}
