package org.siproc.reporting;

/** The file formats a {@link Report} can be exported to (see {@link Exports}). */
public enum ExportFormat {
    /** RFC 4180 CSV, UTF-8 with a byte-order mark so that spreadsheet programs read the accents right. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** An Office Open XML workbook: a contents sheet, then one sheet per table. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** JSON: the report with its tables, numbers as numbers, markers as strings. */
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type to send with the file. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
