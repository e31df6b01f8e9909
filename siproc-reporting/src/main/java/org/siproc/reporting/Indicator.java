package org.siproc.reporting;

import org.siproc.core.domain.shared.LocalizedText;

/**
 * The indicator set of SPEC §5: one table each. The exact definitions are in {@code docs/reporting.md}; the case
 * counts are those of {@link org.siproc.core.application.port.out.CaseStatistics.CaseCount}.
 */
public enum Indicator {
    /** Cases opened, closed and open at the end of the period, by office. */
    CASES_BY_OFFICE("cases-by-office", "Casos por oficina", "Cases by office"),
    /** The same, by country of incident. */
    CASES_BY_INCIDENT_COUNTRY("cases-by-incident-country", "Casos por país del hecho", "Cases by country of incident"),
    /** The same, by case type. */
    CASES_BY_TYPE("cases-by-type", "Casos por tipo", "Cases by case type"),
    /** The same, by case type and subtype. */
    CASES_BY_SUBTYPE("cases-by-subtype", "Casos por tipo y subtipo", "Cases by case type and subtype"),
    /** The same, by sex of the person concerned. */
    CASES_BY_SEX("cases-by-sex", "Casos por sexo", "Cases by sex"),
    /** The same, by age group on the incident date. */
    CASES_BY_AGE_GROUP("cases-by-age-group", "Casos por grupo de edad", "Cases by age group"),
    /** The same, by department of origin. */
    CASES_BY_ORIGIN_DEPARTMENT("cases-by-origin-department", "Casos por departamento de origen",
            "Cases by department of origin"),
    /** The same, by vulnerability flag (multi-valued: no column totals). */
    CASES_BY_VULNERABILITY("cases-by-vulnerability", "Casos por condición de vulnerabilidad",
            "Cases by vulnerability"),
    /** The same, by priority. */
    CASES_BY_PRIORITY("cases-by-priority", "Casos por prioridad", "Cases by priority"),
    /** Cases opened, by sex and age group. */
    OPENED_BY_SEX_AND_AGE_GROUP("opened-by-sex-and-age-group", "Casos abiertos por sexo y grupo de edad",
            "Cases opened by sex and age group"),
    /** Cases opened, by office and case type. */
    OPENED_BY_OFFICE_AND_TYPE("opened-by-office-and-type", "Casos abiertos por oficina y tipo",
            "Cases opened by office and case type"),
    /** Referrals sent in the period, by institution and outcome. */
    REFERRALS_BY_INSTITUTION("referrals-by-institution", "Remisiones por institución y resultado",
            "Referrals by institution and outcome"),
    /** Median and 90th percentile of the time to first action and to close. */
    CASE_DURATIONS("case-durations", "Tiempo a la primera acción y al cierre", "Time to first action and to close"),
    /** Follow-ups due in the period, on time and overdue, and the share overdue. */
    FOLLOW_UPS("follow-ups", "Seguimientos vencidos", "Overdue follow-ups"),
    /** Missing-person cases open at the end of the period, by age of the case. */
    MISSING_OPEN_BY_CASE_AGE("missing-open-by-case-age", "Casos de personas desaparecidas abiertos, por antigüedad",
            "Open missing-person cases by age of case");

    private final String id;
    private final LocalizedText title;

    Indicator(String id, String titleEs, String titleEn) {
        this.id = id;
        this.title = LocalizedText.of(titleEs, titleEn);
    }

    /** The id of the table, stable across versions (URLs, file names, sheet names). */
    public String id() {
        return id;
    }

    public LocalizedText title() {
        return title;
    }

    /** The indicator with this table id. */
    public static Indicator byId(String id) {
        for (Indicator i : values()) {
            if (i.id.equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no indicator " + id);
    }
}
