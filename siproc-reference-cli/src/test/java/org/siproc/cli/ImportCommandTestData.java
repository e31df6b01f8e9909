package org.siproc.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.siproc.core.application.port.in.LegacyField;
import org.siproc.core.profile.CaseSubtypeDefinition;
import org.siproc.core.profile.CaseTypeDefinition;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Office;
import org.siproc.core.profile.Territory;
import org.siproc.profiles.CountryProfiles;

/**
 * Generates legacy case files in the layout of {@code docs/cli-import.md} for the Honduras profile: varied valid
 * rows (accents, multi-line summaries, every status) and, at every {@code badEvery}-th row, a row breaking one rule
 * (the kinds take turns). Deterministic for a seed, streamed to disk.
 */
final class ImportCommandTestData {

    /** The rule each kind of bad row breaks, as the rejects file names it. */
    static final List<String> BAD_RULES = List.of("SIPROC-0062", "SIPROC-0005", "SIPROC-0065", "SIPROC-0005",
            "SIPROC-0003", "SIPROC-0060", "SIPROC-0064");

    private static final String[] GIVEN = {"María José", "José Ángel", "Ana Lucía", "Óscar", "Dunia Yamileth",
            "Kevin Josué", "Sofía", "Wilmer", "Iris Marisol", "Nelson", "Génesis", "Luis Fernando"};
    private static final String[] SURNAMES = {"López", "Hernández", "Martínez", "Núñez", "Rodríguez", "Castro",
            "Mejía", "Zelaya", "Ávila", "Flores", "Pineda", "Maradiaga", "Ordóñez", "Reyes"};
    private static final String[] STATUSES = {"REGISTRADO", "EN_PROCESO", "EN_ESPERA", "RESUELTO", "CERRADO",
            "ARCHIVADO"};
    private static final String[] FLAGS = {"", "", "", "PREGNANT", "DISPLACED_BY_VIOLENCE",
            "SINGLE_PARENT;DISABILITY", "INTERNATIONAL_PROTECTION_NEED"};

    private final CountryProfile profile = CountryProfiles.load("hn");
    private final List<Office> offices = profile.offices();
    private final List<String[]> classifications = new ArrayList<>();
    private final List<Territory.Municipality> municipalities = new ArrayList<>();

    ImportCommandTestData() {
        for (CaseTypeDefinition t : profile.caseTypes()) {
            for (CaseSubtypeDefinition s : t.subtypes()) {
                classifications.add(new String[] {t.code(), s.code()});
            }
        }
        profile.territory().departments().forEach(d -> municipalities.addAll(d.municipalities()));
    }

    static List<String> header() {
        return Arrays.stream(LegacyField.values()).map(LegacyField::column).toList();
    }

    /** Writes {@code rows} data rows; every {@code badEvery}-th one (1-based) is bad (0: none). */
    void write(Path file, int rows, int badEvery, long seed) throws IOException {
        Random random = new Random(seed);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                     .setHeader(header().toArray(String[]::new)).get())) {
            for (int i = 1; i <= rows; i++) {
                String[] row = row(random, i);
                if (badEvery > 0 && i % badEvery == 0) {
                    spoil(row, (i / badEvery - 1) % BAD_RULES.size());
                }
                csv.printRecord((Object[]) row);
            }
        }
    }

    /** The 1-based numbers of the bad rows among {@code rows}. */
    static List<Integer> badRows(int rows, int badEvery) {
        List<Integer> bad = new ArrayList<>();
        for (int i = badEvery; i <= rows; i += badEvery) {
            bad.add(i);
        }
        return bad;
    }

    private String[] row(Random random, int i) {
        String[] v = new String[LegacyField.values().length];
        Office office = offices.get(random.nextInt(offices.size()));
        String[] type = classifications.get(random.nextInt(classifications.size()));
        LocalDate registered = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 10));
        String status = STATUSES[random.nextInt(STATUSES.length)];
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 56));
        Territory.Municipality m = municipalities.get(random.nextInt(municipalities.size()));
        set(v, LegacyField.LEGACY_NUMBER, "ASU-" + office.code().value() + "-" + i);
        set(v, LegacyField.OFFICE, office.code().value());
        set(v, LegacyField.REGISTERED_ON, random.nextBoolean() ? registered.toString()
                : String.format("%02d/%02d/%04d", registered.getDayOfMonth(), registered.getMonthValue(),
                registered.getYear()));
        set(v, LegacyField.CASE_TYPE, type[0]);
        set(v, LegacyField.CASE_SUBTYPE, type[1]);
        set(v, LegacyField.STATUS, status);
        if (status.equals("CERRADO") || status.equals("ARCHIVADO")) {
            set(v, LegacyField.CLOSED_ON, registered.plusDays(random.nextInt(300)).toString());
        }
        set(v, LegacyField.GIVEN_NAMES, GIVEN[random.nextInt(GIVEN.length)]);
        set(v, LegacyField.FIRST_SURNAME, SURNAMES[random.nextInt(SURNAMES.length)]);
        set(v, LegacyField.SECOND_SURNAME, random.nextInt(5) == 0 ? "" : SURNAMES[random.nextInt(SURNAMES.length)]);
        set(v, LegacyField.SEX, random.nextBoolean() ? "F" : "M");
        if (random.nextInt(4) == 0) {
            set(v, LegacyField.BIRTH_YEAR, String.valueOf(birth.getYear()));
        } else {
            set(v, LegacyField.BIRTH_DATE, birth.toString());
        }
        set(v, LegacyField.NATIONALITY, "HN");
        if (random.nextInt(3) > 0) {
            set(v, LegacyField.DOCUMENT_TYPE, "DNI");
            set(v, LegacyField.DOCUMENT_NUMBER, m.code() + "-" + birth.getYear() + "-"
                    + String.format("%05d", 1 + random.nextInt(99_998)));
        } else if (random.nextBoolean()) {
            set(v, LegacyField.DOCUMENT_TYPE, "PASSPORT");
            set(v, LegacyField.DOCUMENT_NUMBER, "E" + (1_000_000 + random.nextInt(8_000_000)));
        }
        set(v, LegacyField.ORIGIN_DEPARTMENT, m.code().substring(0, 2));
        set(v, LegacyField.ORIGIN_MUNICIPALITY, m.code());
        set(v, LegacyField.INCIDENT_DATE, registered.minusDays(random.nextInt(10)).toString());
        set(v, LegacyField.INCIDENT_COUNTRY, office.country().value());
        set(v, LegacyField.INCIDENT_PLACE, office.city());
        set(v, LegacyField.REPORTED_BY, random.nextBoolean() ? "FAMILIAR" : "PERSONA");
        set(v, LegacyField.CHANNEL, random.nextBoolean() ? "TELEFONO" : "PRESENCIAL");
        set(v, LegacyField.VULNERABILITIES, FLAGS[random.nextInt(FLAGS.length)]);
        set(v, LegacyField.SUMMARY, random.nextInt(20) == 0 ? ""
                : "Caso " + i + ": atención consular en " + office.city() + ", \"seguimiento\" con la familia"
                + (random.nextInt(10) == 0 ? ".\nSegunda línea del resumen." : "."));
        for (int k = 0; k < v.length; k++) {
            if (v[k] == null) {
                v[k] = "";
            }
        }
        return v;
    }

    private static void spoil(String[] v, int kind) {
        switch (kind) {
            case 0 -> set(v, LegacyField.REGISTERED_ON, "31/02/2019");
            case 1 -> set(v, LegacyField.OFFICE, "MXZZZ");
            case 2 -> {
                set(v, LegacyField.STATUS, "CERRADO");
                set(v, LegacyField.CLOSED_ON, "");
            }
            case 3 -> set(v, LegacyField.ORIGIN_MUNICIPALITY, "0899");
            case 4 -> {
                set(v, LegacyField.DOCUMENT_TYPE, "DNI");
                set(v, LegacyField.DOCUMENT_NUMBER, "9901-1990-12345");
            }
            case 5 -> set(v, LegacyField.FIRST_SURNAME, "");
            default -> {
                set(v, LegacyField.STATUS, "CERRADO");
                set(v, LegacyField.REGISTERED_ON, "2020-06-01");
                set(v, LegacyField.INCIDENT_DATE, "2020-05-30");
                set(v, LegacyField.CLOSED_ON, "2020-05-01");
            }
        }
    }

    private static void set(String[] v, LegacyField field, String value) {
        v[field.ordinal()] = value;
    }
}
