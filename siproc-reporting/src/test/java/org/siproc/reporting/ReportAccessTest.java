package org.siproc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.fixtures.TestProfiles.SALTILLO;
import static org.siproc.core.fixtures.TestProfiles.TAPACHULA;
import static org.siproc.reporting.TableAssertions.count;
import static org.siproc.reporting.TableAssertions.rowKeys;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.fixtures.TestProfiles;
import org.siproc.core.profile.UnknownCodeException;

/** Who gets which report (SPEC §6), and that every report handed out and every refusal is audited. */
class ReportAccessTest {
    private static SmallDataSet set;
    private static Reports reports;

    @BeforeAll
    static void build() {
        set = SmallDataSet.build();
        reports = new Reports(set.memory.statistics(), TestProfiles.small(), set.memory.audit(), set.clock);
    }

    private static ReportRequest published() {
        return ReportRequest.published(SmallDataSet.FROM, SmallDataSet.TO);
    }

    private static ReportRequest internal() {
        return ReportRequest.internal(SmallDataSet.FROM, SmallDataSet.TO);
    }

    private static List<AuditEvent> auditOf(Actor actor) {
        return set.memory.audit().entries().stream().filter(e -> e.user().equals(actor.user())).toList();
    }

    @Test
    void observerGetsPublishedTablesAndTheExportIsAudited() {
        Actor observer = Actor.observer("observatorio.1");
        Report report = reports.build(observer, published());
        assertThat(report.tables()).isNotEmpty().allMatch(StatisticsTable::published);
        assertThat(auditOf(observer)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.subject()).isEqualTo(Reports.AUDIT_SUBJECT);
            assertThat(e.details()).containsEntry("release", "PUBLISHED").containsEntry("office", "ALL")
                    .containsEntry("from", SmallDataSet.FROM.toString()).containsEntry("format", "TABLES");
            // Codes only: no name, no case number.
            assertThat(String.join(" ", e.details().values())).doesNotContain("López", "HN-MX");
        });
    }

    @Test
    void observerIsRefusedUnpublishedTables() {
        Actor observer = Actor.observer("observatorio.2");
        assertThatThrownBy(() -> reports.build(observer, internal()))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.VIEW_UNPUBLISHED_STATISTICS));
        assertThat(auditOf(observer)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(e.details()).containsEntry("release", "INTERNAL");
        });
    }

    @Test
    void observerIsRefusedAScopeNarrowerThanTheWholeNetwork() {
        Actor observer = Actor.observer("observatorio.3");
        assertThatThrownBy(() -> reports.build(observer, published().inOffice(SALTILLO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.build(observer, published().ofType("MISSING")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditOf(observer)).hasSize(2).allMatch(e -> e.action() == AuditAction.ACCESS_DENIED);
    }

    @Test
    void headquartersGetsEverythingForAnyOffice() {
        Actor hq = Actor.hqAnalyst("hq.4", false);
        assertThat(reports.build(hq, internal()).tables()).noneMatch(StatisticsTable::published);
        assertThat(reports.build(hq, published()).tables()).allMatch(StatisticsTable::published);
        Report saltillo = reports.build(hq, internal().inOffice(SALTILLO));
        assertThat(rowKeys(saltillo.table(Indicator.CASES_BY_OFFICE))).containsExactly(List.of("MXSAL"));
        assertThat(auditOf(hq)).hasSize(3).allMatch(e -> e.action() == AuditAction.EXPORT);
        assertThat(auditOf(hq).get(2).details()).containsEntry("office", "MXSAL");
    }

    @Test
    void officerSeesOwnOfficeOnlyEvenWithoutAskingForIt() {
        Actor officer = Actor.officer("ana.5", TAPACHULA);
        Report report = reports.build(officer, internal());
        assertThat(report.request().office()).isEqualTo(TAPACHULA);
        assertThat(rowKeys(report.table(Indicator.CASES_BY_OFFICE))).containsExactly(List.of("MXTAP"));
        assertThat(count(report.table(Indicator.CASES_BY_SEX), "OPENED", "TOTAL")).isEqualTo(4);
        assertThat(auditOf(officer)).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("office", "MXTAP"));
    }

    @Test
    void officerAskingForAnotherOfficeIsRefused() {
        Actor officer = Actor.officer("ana.6", TAPACHULA);
        assertThatThrownBy(() -> reports.build(officer, internal().inOffice(SALTILLO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.build(officer, published().inOffice(SALTILLO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditOf(officer)).hasSize(2).allMatch(e -> e.action() == AuditAction.ACCESS_DENIED)
                .allMatch(e -> e.details().get("office").equals("MXSAL"));
    }

    @Test
    void consulSeesOwnOfficeAndMayPublishIt() {
        Actor consul = Actor.consul("consul.7", SALTILLO);
        Report report = reports.build(consul, published().inOffice(SALTILLO));
        assertThat(report.tables()).allMatch(StatisticsTable::published);
        assertThat(report.request().office()).isEqualTo(SALTILLO);
        assertThatThrownBy(() -> reports.build(consul, internal().inOffice(TAPACHULA)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminAndPartnerAreRefusedStatistics() {
        for (Actor actor : List.of(Actor.admin("admin.8"), Actor.partner("dif.8", "DIF"))) {
            assertThatThrownBy(() -> reports.build(actor, published()))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.permission()).isEqualTo(Permission.VIEW_STATISTICS));
            assertThat(auditOf(actor)).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED));
        }
    }

    @Test
    void anOfficeOrCaseTypeOutsideTheProfileIsAnError() {
        Actor hq = Actor.hqAnalyst("hq.9", false);
        assertThatThrownBy(() -> reports.build(hq, internal().inOffice(OfficeCode.of("ESMAD"))))
                .isInstanceOf(UnknownCodeException.class);
        assertThatThrownBy(() -> reports.build(hq, internal().ofType("LABOR")))
                .isInstanceOf(UnknownCodeException.class);
    }

    @Test
    void anExportIsAuditedWithItsFormat() throws Exception {
        Actor hq = Actor.hqAnalyst("hq.10", false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.export(hq, internal(), ExportFormat.XLSX, Locale.ENGLISH, out);
        assertThat(out.size()).isPositive();
        assertThat(auditOf(hq)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.details()).containsEntry("format", "XLSX").containsEntry("release", "INTERNAL");
        });
    }

    @Test
    void aRefusedExportWritesNothing() {
        Actor observer = Actor.observer("observatorio.11");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> reports.export(observer, internal(), ExportFormat.CSV, Locale.ENGLISH, out))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();
    }
}
