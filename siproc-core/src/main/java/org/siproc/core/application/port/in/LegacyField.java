package org.siproc.core.application.port.in;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a case row from a legacy case system (the layout of {@code docs/cli-import.md}): one row per case
 * with its main person. Each field has the column name an export file uses, in Spanish like the legacy system's
 * screens; rejections name the column.
 */
public enum LegacyField {
    LEGACY_NUMBER("numero_caso", true),
    OFFICE("oficina", true),
    REGISTERED_ON("fecha_registro", true),
    CASE_TYPE("tipo_caso", true),
    CASE_SUBTYPE("subtipo_caso", true),
    STATUS("estado", true),
    CLOSED_ON("fecha_cierre", false),
    GIVEN_NAMES("nombres", true),
    FIRST_SURNAME("primer_apellido", true),
    SECOND_SURNAME("segundo_apellido", false),
    SEX("sexo", true),
    BIRTH_DATE("fecha_nacimiento", false),
    BIRTH_YEAR("anio_nacimiento", false),
    NATIONALITY("nacionalidad", false),
    DOCUMENT_TYPE("tipo_documento", false),
    DOCUMENT_NUMBER("numero_documento", false),
    ORIGIN_DEPARTMENT("departamento_origen", false),
    ORIGIN_MUNICIPALITY("municipio_origen", false),
    INCIDENT_DATE("fecha_hecho", false),
    INCIDENT_COUNTRY("pais_hecho", false),
    INCIDENT_PLACE("lugar_hecho", false),
    REPORTED_BY("reportado_por", false),
    CHANNEL("canal", false),
    VULNERABILITIES("vulnerabilidades", false),
    SUMMARY("resumen", false);

    private final String column;
    private final boolean columnRequired;

    LegacyField(String column, boolean columnRequired) {
        this.column = column;
        this.columnRequired = columnRequired;
    }

    /** The column name in an export file, e.g. {@code fecha_registro}. */
    public String column() {
        return column;
    }

    /**
     * Whether a file must have the column. Optional columns may be left out of a file; a required column must be
     * there, and (except {@code sexo}, which may be blank for "unknown") filled in every row.
     */
    public boolean columnRequired() {
        return columnRequired;
    }

    /** The field of a column name (case-insensitive, surrounding blanks ignored). */
    public static Optional<LegacyField> ofColumn(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.column.equals(wanted)).findFirst();
    }
}
