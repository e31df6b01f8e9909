package org.siproc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.fixtures.TestProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The exports read back with the libraries a recipient would use: POI for XLSX, Commons CSV, Jackson. */
class ExportsTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");

    private static Report internal;
    private static Report published;

    @BeforeAll
    static void build() {
        SmallDataSet set = SmallDataSet.build();
        Reports reports = new Reports(set.memory.statistics(), TestProfiles.small(), set.memory.audit(), set.clock);
        internal = reports.build(Actor.hqAnalyst("hq", false), ReportRequest.internal(SmallDataSet.FROM, SmallDataSet.TO));
        published = reports.build(Actor.observer("observatorio"), ReportRequest.published(SmallDataSet.FROM, SmallDataSet.TO));
    }

    private static byte[] export(Report report, ExportFormat format, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(report, format, locale, out);
        return out.toByteArray();
    }

    // ---- XLSX ---------------------------------------------------------------------------------------------------

    @Test
    void xlsxHasAContentsSheetAndOneSheetPerTable() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(internal, ExportFormat.XLSX, EN)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(internal.tables().size() + 1);
            assertThat(book.getSheetName(0)).isEqualTo("index");
            assertThat(book.getSheetName(1)).isEqualTo("cases-by-office");
            Sheet contents = book.getSheetAt(0);
            assertThat(contents.getRow(0).getCell(0).getStringCellValue()).contains("Statistics report");
        }
    }

    @Test
    void xlsxTableHasAFrozenHeaderAndTypedNumbers() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(internal, ExportFormat.XLSX, EN)))) {
            Sheet sheet = book.getSheet("cases-by-office");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(strings(sheet.getRow(0), 4)).containsExactly("Office", "Opened in the period",
                    "Closed in the period", "Open at the end of the period");
            Row tapachula = sheet.getRow(1);
            assertThat(tapachula.getCell(0).getStringCellValue()).isEqualTo("Consulado en Tapachula");
            assertThat(tapachula.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(tapachula.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(tapachula.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(tapachula.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            Row totals = sheet.getRow(4);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(totals.getCell(1).getNumericCellValue()).isEqualTo(7.0);
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(8.0);

            Sheet durations = book.getSheet("case-durations");
            assertThat(durations.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(durations.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(durations.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(38.4, org.assertj.core.data.Offset.offset(1e-9));

            Sheet sexByAge = book.getSheet("opened-by-sex-and-age-group");
            assertThat(sexByAge.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Total");
            assertThat(sexByAge.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Male");
            assertThat(sexByAge.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sexByAge.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(4.0);
        }
    }

    @Test
    void xlsxShowsSuppressedCellsAsAMarker() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(published, ExportFormat.XLSX, ES)))) {
            Sheet sheet = book.getSheet("cases-by-office");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Oficina");
            // MXTAP opened 4 cases: suppressed; the total (7) is shown.
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(Cell.SUPPRESSED_MARKER);
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(7.0);
            String legend = book.getSheetAt(0).getRow(8).getCell(0).getStringCellValue()
                    + book.getSheetAt(0).getRow(8).getCell(1).getStringCellValue();
            assertThat(legend).contains("x", "suprimido");
        }
    }

    // ---- CSV ----------------------------------------------------------------------------------------------------

    @Test
    void csvIsRfc4180InLongFormAndParsesBack() throws Exception {
        byte[] bytes = export(internal, ExportFormat.CSV, ES);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        List<CSVRecord> records = parse(bytes);
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("table", "title", "row_key",
                "row_label", "column", "column_label", "value");
        assertThat(value(records, "cases-by-office", "MXTAP", "OPENED")).isEqualTo("4");
        assertThat(value(records, "cases-by-office", "TOTAL", "OPEN_AT_END")).isEqualTo("8");
        assertThat(value(records, "cases-by-subtype", "MIGRATORY/MIGRATION_STATION", "OPENED")).isEqualTo("2");
        assertThat(value(records, "referrals-by-institution", "DIF", "TOTAL")).isEqualTo("2");
        assertThat(value(records, "case-durations", "TIME_TO_FIRST_ACTION", "P90_HOURS")).isEqualTo("38.4");
        assertThat(value(records, "follow-ups", "LATE", "SHARE")).isEqualTo("60.0");
        CSVRecord department = records.stream().filter(r -> r.get("table").equals("cases-by-origin-department")
                && r.get("row_key").equals("08")).findFirst().orElseThrow();
        assertThat(department.get("row_label")).isEqualTo("Francisco Morazán");
        assertThat(department.get("title")).isEqualTo("Casos por departamento de origen");
        long cells = internal.tables().stream().mapToLong(ExportsTest::cellCount).sum();
        assertThat(records).hasSize((int) cells);
    }

    @Test
    void publishedCsvHasMarkersWhereCellsWereSuppressed() throws Exception {
        List<CSVRecord> records = parse(export(published, ExportFormat.CSV, EN));
        assertThat(value(records, "cases-by-office", "MXTAP", "OPENED")).isEqualTo("x");
        assertThat(value(records, "cases-by-office", "TOTAL", "OPENED")).isEqualTo("7");
        assertThat(records).allSatisfy(r -> assertThat(r.get("value")).matches("x|\\.\\.|0|[5-9]|\\d{2,}(\\.\\d)?|\\d\\.\\d"));
    }

    @Test
    void oneTableAsAGrid() throws Exception {
        StringWriter out = new StringWriter();
        Exports.csvTable(internal.table(Indicator.CASES_BY_SUBTYPE), EN, out);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString()))) {
            assertThat(parser.getHeaderNames()).containsExactly("Case type", "Subtype", "Opened in the period",
                    "Closed in the period", "Open at the end of the period");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows.get(0).values()).containsExactly("MIGRATORY", "MIGRATION_STATION", "2", "0", "3");
            assertThat(rows.get(rows.size() - 1).values()).containsExactly("Total", "", "7", "2", "8");
        }
    }

    // ---- JSON ---------------------------------------------------------------------------------------------------

    @Test
    void jsonHasNumbersAsNumbersAndMarkersAsStrings() throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(export(published, ExportFormat.JSON, EN));
        assertThat(root.get("release").asString()).isEqualTo("PUBLISHED");
        assertThat(root.get("disclosureThreshold").asInt()).isEqualTo(5);
        assertThat(root.get("markers").get("suppressed").asString()).isEqualTo("x");
        JsonNode offices = root.get("tables").get(0);
        assertThat(offices.get("id").asString()).isEqualTo("cases-by-office");
        assertThat(offices.get("columns").get(0).get("key").asString()).isEqualTo("OPENED");
        assertThat(offices.get("rows").get(0).get("key").get(0).asString()).isEqualTo("MXTAP");
        assertThat(offices.get("rows").get(0).get("cells").get(0).isString()).isTrue();
        assertThat(offices.get("rows").get(0).get("cells").get(0).asString()).isEqualTo("x");
        assertThat(offices.get("rows").get(2).get("cells").get(0).isNumber()).isTrue();
        assertThat(offices.get("totals").get("cells").get(0).asLong()).isEqualTo(7);
        assertThat(offices.get("slice").get("UNIT").asString()).isEqualTo("CASES");
        JsonNode vulnerability = root.get("tables").get(7);
        assertThat(vulnerability.get("id").asString()).isEqualTo("cases-by-vulnerability");
        assertThat(vulnerability.get("totals").isNull()).isTrue();

        JsonNode internalRoot = JsonMapper.builder().build().readTree(export(internal, ExportFormat.JSON, ES));
        JsonNode durations = internalRoot.get("tables").get(Indicator.CASE_DURATIONS.ordinal());
        assertThat(durations.get("rows").get(0).get("cells").get(2).asDouble()).isEqualTo(38.4);
        assertThat(durations.get("title").asString()).isEqualTo("Tiempo a la primera acción y al cierre");
    }

    // ---- chart series -------------------------------------------------------------------------------------------

    @Test
    void chartSeriesHasOneDatasetPerColumnAndGapsForSuppressedCells() {
        ChartSeries internalSeries = ChartSeries.of(internal.table(Indicator.CASES_BY_SEX), EN);
        assertThat(internalSeries.labels()).containsExactly("Female", "Male", "X (non-binary)", "Unknown");
        assertThat(internalSeries.datasets()).extracting(ChartSeries.Dataset::key)
                .containsExactly("OPENED", "CLOSED", "OPEN_AT_END");
        assertThat(internalSeries.datasets().get(0).data()).containsExactly(2L, 4L, 1L, 0L);
        assertThat(internalSeries.datasets().get(0).markers()).containsOnlyNulls();

        ChartSeries publishedSeries = ChartSeries.of(published.table(Indicator.CASES_BY_SEX), ES);
        assertThat(publishedSeries.published()).isTrue();
        assertThat(publishedSeries.datasets().get(0).data()).containsExactly(null, null, null, 0L);
        assertThat(publishedSeries.datasets().get(0).markers()).containsExactly("x", "x", "x", null);
        assertThat(publishedSeries.labels()).startsWith("Mujer");

        ChartSeries subtypes = ChartSeries.of(internal.table(Indicator.CASES_BY_SUBTYPE), EN);
        assertThat(subtypes.labels().get(0)).isEqualTo("MIGRATORY / MIGRATION_STATION");
    }

    private static List<String> strings(Row row, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws Exception {
        // Commons IO, which Commons CSV brings along, strips the byte-order mark.
        Reader reader = new InputStreamReader(org.apache.commons.io.input.BOMInputStream.builder()
                .setInputStream(new ByteArrayInputStream(bytes)).get(), StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
        return parser.getRecords();
    }

    private static String value(List<CSVRecord> records, String table, String row, String column) {
        return records.stream().filter(r -> r.get("table").equals(table) && r.get("row_key").equals(row)
                && r.get("column").equals(column)).findFirst().orElseThrow(
                        () -> new AssertionError(table + " " + row + " " + column)).get("value");
    }

    private static long cellCount(StatisticsTable t) {
        long n = (long) t.rows().size() * t.columns().size();
        n += t.rows().stream().filter(r -> r.total() != null).count();
        if (t.totals() != null) {
            n += t.columns().size() + (t.totals().total() != null ? 1 : 0);
        }
        return n;
    }
}
