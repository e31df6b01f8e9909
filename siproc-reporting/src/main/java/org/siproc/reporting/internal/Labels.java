package org.siproc.reporting.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.profile.CaseTypeDefinition;
import org.siproc.core.profile.CountryProfile;

/**
 * The Spanish and English labels of the codes a table shows: from the country profile where it names them (offices,
 * case types, institutions, departments), from the JDK for countries, and from this class for the rest.
 */
public final class Labels {
    static final LocalizedText TOTAL = LocalizedText.of("Total", "Total");
    static final LocalizedText UNKNOWN = LocalizedText.of("Sin dato", "Unknown");

    private static final Map<String, LocalizedText> FIXED = new HashMap<>();
    private static final Map<VulnerabilityFlag, LocalizedText> FLAGS = new EnumMap<>(VulnerabilityFlag.class);

    static {
        fixed("MEASURE", "Medida", "Measure");
        fixed("OPENED", "Abiertos en el periodo", "Opened in the period");
        fixed("CLOSED", "Cerrados en el periodo", "Closed in the period");
        fixed("OPEN_AT_END", "Abiertos al final del periodo", "Open at the end of the period");
        fixed("OFFICE", "Oficina", "Office");
        fixed("INCIDENT_COUNTRY", "País del hecho", "Country of incident");
        fixed("CASE_TYPE", "Tipo de caso", "Case type");
        fixed("CASE_SUBTYPE", "Subtipo", "Subtype");
        fixed("SEX", "Sexo", "Sex");
        fixed("AGE_GROUP", "Grupo de edad", "Age group");
        fixed("ORIGIN_DEPARTMENT", "Departamento de origen", "Department of origin");
        fixed("PRIORITY", "Prioridad", "Priority");
        fixed("VULNERABILITY", "Condición de vulnerabilidad", "Vulnerability");
        fixed("CASE_AGE", "Antigüedad del caso", "Age of the case");
        fixed("INSTITUTION", "Institución", "Institution");
        fixed("OUTCOME", "Resultado", "Outcome");
        fixed("AWAITING", "En espera, en plazo", "Awaiting an answer, on time");
        fixed("OVERDUE", "En espera, vencidas", "Awaiting an answer, overdue");
        fixed("ACCEPTED", "Aceptadas (en curso)", "Accepted (in progress)");
        fixed("DECLINED", "Rechazadas", "Declined");
        fixed("COMPLETED", "Completadas", "Completed");
        fixed("STATISTIC", "Indicador", "Statistic");
        fixed("MEASURED_CASES", "Casos medidos", "Cases measured");
        fixed("MEDIAN_HOURS", "Mediana (horas)", "Median (hours)");
        fixed("P90_HOURS", "Percentil 90 (horas)", "90th percentile (hours)");
        fixed("TIME_TO_FIRST_ACTION", "Tiempo a la primera acción", "Time to first action");
        fixed("TIME_TO_CLOSE", "Tiempo al cierre", "Time to close");
        fixed("FOLLOW_UP", "Seguimientos", "Follow-ups");
        fixed("ON_TIME", "Cumplidos o pendientes en plazo", "Done on time or not yet due");
        fixed("LATE", "Vencidos (tarde o sin hacer)", "Overdue (late or not done)");
        fixed("COUNT", "Número", "Number");
        fixed("SHARE", "Proporción", "Share");
        fixed("F", "Mujer", "Female");
        fixed("M", "Hombre", "Male");
        fixed("X", "X (no binario)", "X (non-binary)");
        fixed(Sex.UNKNOWN.name(), "Sin dato", "Unknown");
        fixed(Priority.URGENT.name(), "Urgente", "Urgent");
        fixed(Priority.HIGH.name(), "Alta", "High");
        fixed(Priority.NORMAL.name(), "Normal", "Normal");
        fixed(Priority.LOW.name(), "Baja", "Low");
        fixed("<30d", "Menos de 30 días", "Under 30 days");
        fixed("30-89d", "30 a 89 días", "30 to 89 days");
        fixed("90-364d", "90 a 364 días", "90 to 364 days");
        fixed(">=365d", "Un año o más", "A year or more");
        fixed("NONE", "Ninguna", "None");
        flag(VulnerabilityFlag.UNACCOMPANIED_CHILD, "Niña, niño o adolescente no acompañado", "Unaccompanied child");
        flag(VulnerabilityFlag.SEPARATED_CHILD, "Niña, niño o adolescente separado", "Separated child");
        flag(VulnerabilityFlag.CHILD, "Niña, niño o adolescente", "Child");
        flag(VulnerabilityFlag.PREGNANT, "Embarazada", "Pregnant");
        flag(VulnerabilityFlag.OLDER_PERSON, "Persona adulta mayor", "Older person");
        flag(VulnerabilityFlag.DISABILITY, "Persona con discapacidad", "Disability");
        flag(VulnerabilityFlag.SERIOUS_MEDICAL_CONDITION, "Condición médica grave", "Serious medical condition");
        flag(VulnerabilityFlag.SGBV_SURVIVOR, "Sobreviviente de violencia sexual o de género", "SGBV survivor");
        flag(VulnerabilityFlag.TRAFFICKING_INDICATORS, "Indicios de trata", "Trafficking indicators");
        flag(VulnerabilityFlag.LGBTI, "Persona LGBTI", "LGBTI");
        flag(VulnerabilityFlag.INDIGENOUS_OR_AFRO_DESCENDANT, "Indígena o afrodescendiente",
                "Indigenous or Afro-descendant");
        flag(VulnerabilityFlag.DISPLACED_BY_VIOLENCE, "Desplazamiento por violencia", "Displaced by violence");
        flag(VulnerabilityFlag.INTERNATIONAL_PROTECTION_NEED, "Necesidad de protección internacional",
                "International protection need");
        flag(VulnerabilityFlag.SINGLE_PARENT, "Madre o padre solo", "Single parent");
        flag(VulnerabilityFlag.DEPRIVED_OF_LIBERTY, "Privada de libertad", "Deprived of liberty");
    }

    private final CountryProfile profile;

    public Labels(CountryProfile profile) {
        this.profile = profile;
    }

    private static void fixed(String code, String es, String en) {
        FIXED.put(code, LocalizedText.of(es, en));
    }

    private static void flag(VulnerabilityFlag flag, String es, String en) {
        FLAGS.put(flag, LocalizedText.of(es, en));
        FIXED.put(flag.name(), LocalizedText.of(es, en));
    }

    /** The label of a fixed code (a measure, dimension, sex, priority, outcome); the code itself if unknown. */
    static LocalizedText of(String code) {
        LocalizedText label = FIXED.get(code);
        return label != null ? label : LocalizedText.of(code, code);
    }

    /** The label of a value of a dimension. */
    LocalizedText value(String dimension, String code) {
        if (code.equals(CaseStatistics.UNKNOWN)) {
            return UNKNOWN;
        }
        switch (dimension) {
            case "OFFICE":
                return profile.offices().stream().filter(o -> o.code().value().equals(code)).findFirst()
                        .map(o -> LocalizedText.of(o.name(), o.name())).orElse(LocalizedText.of(code, code));
            case "CASE_TYPE":
                return profile.caseType(code).map(CaseTypeDefinition::label).orElse(LocalizedText.of(code, code));
            case "INCIDENT_COUNTRY":
                return country(code);
            case "ORIGIN_DEPARTMENT":
                return profile.territory().department(code).map(d -> LocalizedText.of(d.name(), d.name()))
                        .orElse(LocalizedText.of(code, code));
            case "INSTITUTION":
                return profile.institution(code).map(i -> LocalizedText.of(i.name(), i.name()))
                        .orElse(LocalizedText.of(code, code));
            case "AGE_GROUP":
                return ageGroup(code);
            default:
                return of(code);
        }
    }

    /** The label of a subtype of a case type. */
    LocalizedText subtype(String type, String subtype) {
        if (subtype.equals(CaseStatistics.UNKNOWN)) {
            return UNKNOWN;
        }
        return profile.caseType(type).flatMap(t -> t.subtype(subtype)).map(s -> s.label())
                .orElse(LocalizedText.of(subtype, subtype));
    }

    private static LocalizedText country(String code) {
        try {
            CountryCode country = CountryCode.of(code);
            Locale place = new Locale.Builder().setRegion(country.value()).build();
            String es = place.getDisplayCountry(Locale.forLanguageTag("es"));
            String en = place.getDisplayCountry(Locale.ENGLISH);
            return LocalizedText.of(es.isEmpty() ? code : es, en.isEmpty() ? code : en);
        } catch (RuntimeException notACountry) {
            return LocalizedText.of(code, code);
        }
    }

    private static LocalizedText ageGroup(String code) {
        if (code.endsWith("+")) {
            String from = code.substring(0, code.length() - 1);
            return LocalizedText.of(from + " años y más", from + " years and over");
        }
        String range = code.replace("-", "–");
        return LocalizedText.of(range + " años", range + " years");
    }
}
