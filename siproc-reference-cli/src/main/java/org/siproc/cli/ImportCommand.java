package org.siproc.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase.Problem;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase.Progress;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase.Summary;
import org.siproc.core.application.port.in.LegacyCaseRow;
import org.siproc.core.application.port.in.LegacyField;
import org.siproc.core.domain.access.Actor;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code siproc import FILE.csv}: carries the cases of a legacy case system over (layout in
 * {@code docs/cli-import.md}). The file is read as a stream with Commons CSV, so memory stays flat for millions of
 * rows; each bad row goes to a rejects file with its line, column, rule and message; the import is resumable (the
 * checkpoint of the file, keyed by its SHA-256, is kept in the database with each batch).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import the cases of a legacy case system from a CSV file (layout: docs/cli-import.md).",
                "Bad rows go to the rejects file with their line, column, rule and message; the others are imported"
                        + " in batches. Running the same file again continues where the last run stopped.",
                "Exit code 0 when the file was processed (even with rejected rows: see the summary and the rejects"
                        + " file), 3 when the file itself is unusable (missing or unknown columns, wrong encoding)."})
final class ImportCommand extends CliCommand {

    /** The columns the rejects file puts before the row's own. */
    static final List<String> REJECT_COLUMNS = List.of("line", "field", "rule", "message");

    enum ProgressMode { AUTO, BAR, LINES, NONE }

    @Parameters(paramLabel = "FILE.csv", description = "The legacy export: CSV with a header line.")
    @Nullable Path file;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where the rejected rows go (default: FILE.rejects.csv next to the input).")
    @Nullable Path rejects;

    @Option(names = "--encoding", defaultValue = "UTF-8",
            description = "Character set of the file (default: ${DEFAULT-VALUE}; e.g. windows-1252 for old exports).")
    String encoding = "UTF-8";

    @Option(names = "--delimiter", defaultValue = ",", description = "Field separator (default: '${DEFAULT-VALUE}').")
    char delimiter = ',';

    @Option(names = "--batch-size", defaultValue = "1000",
            description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize = ImportLegacyCasesUseCase.Request.DEFAULT_BATCH_SIZE;

    @Option(names = "--limit", paramLabel = "ROWS",
            description = "Stop after this many data rows (to try a file on a sample); a later run continues.")
    @Nullable Long limit;

    @Option(names = "--progress", defaultValue = "auto",
            description = "Progress on stderr: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: a bar on a "
                    + "terminal, a line every few seconds otherwise).")
    ProgressMode progress = ProgressMode.AUTO;

    @Override
    public Integer call() {
        Path input = Objects.requireNonNull(file);
        Charset charset = charset();
        Scan scan = Scan.of(input, charset);
        Path rejectsFile = rejects != null ? rejects : input.resolveSibling(input.getFileName() + ".rejects.csv");
        Actor actor = actor();
        ImportLegacyCasesUseCase imports = session().core.importLegacyCases();
        long startedAt = System.nanoTime();
        Summary summary;
        try (Reader reader = Scan.reader(input, charset);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                     .setSkipHeaderRecord(true).setTrim(false).get().parse(reader)) {
            Map<LegacyField, Integer> columns = columns(parser.getHeaderNames());
            long checkpoint = imports.checkpoint(actor, scan.sha256());
            try (Rejects out = Rejects.open(rejectsFile, parser.getHeaderNames(), checkpoint, cli().locale());
                 Reporter reporter = new Reporter(spec().commandLine().getErr(), mode(), scan.rows(), checkpoint)) {
                Rows rows = new Rows(parser, columns, limit);
                summary = imports.importCases(actor, new ImportLegacyCasesUseCase.Request(scan.sha256(),
                        input.getFileName().toString(), batchSize), rows, new ImportLegacyCasesUseCase.Listener() {
                    @Override
                    public void rejected(LegacyCaseRow row, List<Problem> problems) {
                        out.write(rows.original(row.line()), row.line(), problems);
                    }

                    @Override
                    public void committed(Progress p) {
                        out.flush();
                        reporter.committed(p);
                    }
                });
            }
        } catch (IOException e) {
            throw new SiprocCli.DataException("file", e, "data.cannotRead", input, String.valueOf(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new SiprocCli.DataException("file", e, "data.cannotRead", input, String.valueOf(e.getCause().getMessage()));
        }
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        Map<String, Object> m = Output.fields();
        m.put("file", input.toString());
        m.put("sha256", scan.sha256());
        m.put("rowsRead", summary.read());
        m.put("imported", summary.imported());
        m.put("rejected", summary.rejected());
        m.put("skippedAlreadyImported", summary.alreadyImported());
        m.put("skippedBeforeCheckpoint", summary.beforeCheckpoint());
        m.put("checkpointLine", summary.checkpoint());
        m.put("rejectsFile", summary.rejected() == 0 && summary.beforeCheckpoint() == 0 ? null : rejectsFile.toString());
        m.put("seconds", Math.round(seconds * 10) / 10.0);
        m.put("rowsPerSecond", seconds > 0 ? Math.round((summary.read() - summary.beforeCheckpoint()) / seconds) : 0);
        output().object(m);
        return SiprocCli.OK;
    }

    private Charset charset() {
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new SiprocCli.UsageException("usage.unknownEncoding", encoding);
        }
    }

    private ProgressMode mode() {
        if (progress != ProgressMode.AUTO) {
            return progress;
        }
        return System.console() != null ? ProgressMode.BAR : ProgressMode.LINES;
    }

    /** Which column of the file holds each field; refuses unknown columns and missing required ones. */
    static Map<LegacyField, Integer> columns(List<String> header) {
        Map<LegacyField, Integer> columns = new EnumMap<>(LegacyField.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            int index = i;
            LegacyField.ofColumn(name).ifPresentOrElse(f -> {
                if (columns.put(f, index) != null) {
                    unknown.add(name + " (twice)");
                }
            }, () -> unknown.add(name));
        }
        List<String> missing = new ArrayList<>();
        for (LegacyField f : LegacyField.values()) {
            if (f.columnRequired() && !columns.containsKey(f)) {
                missing.add(f.column());
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new SiprocCli.DataException("header", null, "data.legacyHeader", String.join(", ", missing),
                    String.join(", ", unknown));
        }
        return columns;
    }

    /**
     * One pass over the file before the import: its SHA-256 (the identity the checkpoint is kept under), a check
     * that every byte decodes in the character set (a file in the wrong encoding is refused before anything is
     * written) and the number of lines, for the progress bar's ETA.
     */
    record Scan(String sha256, long rows) {
        static Scan of(Path file, Charset charset) {
            try (InputStream in = Files.newInputStream(file)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
                CharBuffer chars = CharBuffer.allocate(1 << 16);
                long lines = 0;
                long offset = 0;
                int n;
                byte[] buffer = bytes.array();
                while ((n = in.read(buffer, bytes.position(), bytes.remaining())) != -1) {
                    digest.update(buffer, bytes.position(), n);
                    for (int i = bytes.position(); i < bytes.position() + n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                    bytes.position(bytes.position() + n).flip();
                    decode(decoder, bytes, chars, false, offset);
                    offset += bytes.position();
                    bytes.compact();
                    chars.clear();
                }
                bytes.flip();
                decode(decoder, bytes, chars, true, offset);
                return new Scan(HexFormat.of().formatHex(digest.digest()), Math.max(0, lines - 1));
            } catch (NoSuchFileException e) {
                throw new SiprocCli.DataException("file", e, "data.noSuchFile", file);
            } catch (IOException e) {
                throw new SiprocCli.DataException("file", e, "data.cannotRead", file, String.valueOf(e.getMessage()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end,
                                   long offset) throws CharacterCodingException {
            var result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                throw new SiprocCli.DataException("encoding", null, "data.badEncoding", decoder.charset().name(),
                        String.valueOf(offset + bytes.position()));
            }
        }

        /** The file as text, without a byte-order mark (spreadsheets write one). */
        static Reader reader(Path file, Charset charset) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset),
                    1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        }
    }

    /**
     * The file's records as legacy rows, read lazily. A row's line is the physical line where its record starts
     * (a quoted value may span lines), as a text editor shows it. The last few records are kept so the rejects file
     * can repeat a rejected row as it was.
     */
    static final class Rows implements Iterator<LegacyCaseRow> {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final Map<LegacyField, Integer> columns;
        private final @Nullable Long limit;
        private final Map<Long, List<String>> recent = new java.util.LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, List<String>> eldest) {
                return size() > 20_000;
            }
        };
        private long given;

        Rows(CSVParser parser, Map<LegacyField, Integer> columns, @Nullable Long limit) {
            this.parser = parser;
            this.records = parser.iterator();
            this.columns = columns;
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            return (limit == null || given < limit) && records.hasNext();
        }

        @Override
        public LegacyCaseRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord record = records.next();
            given++;
            List<String> values = record.toList();
            long newlinesInside = values.stream().mapToLong(v -> v.chars().filter(ch -> ch == '\n').count()).sum();
            long line = parser.getCurrentLineNumber() - newlinesInside;
            Map<LegacyField, String> fields = new EnumMap<>(LegacyField.class);
            columns.forEach((field, index) -> {
                if (index < values.size()) {
                    fields.put(field, values.get(index));
                }
            });
            recent.put(line, values);
            return new LegacyCaseRow(line, fields);
        }

        List<String> original(long line) {
            return recent.getOrDefault(line, List.of());
        }
    }

    /**
     * The rejects file: the columns {@code line, field, rule, message}, then the row as it was; one line per problem.
     * On a resumed import the rejections up to the checkpoint are kept and the rest written again, so the file is
     * complete and has no repeats however many runs it took.
     */
    static final class Rejects implements AutoCloseable {
        private final CSVPrinter printer;
        private final Locale locale;

        private Rejects(CSVPrinter printer, Locale locale) {
            this.printer = printer;
            this.locale = locale;
        }

        static Rejects open(Path path, List<String> header, long checkpoint, Locale locale) throws IOException {
            List<String> columns = new ArrayList<>(REJECT_COLUMNS);
            columns.addAll(header);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get();
            Path parent = path.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(parent, path.getFileName().toString(), ".tmp");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter kept = new CSVPrinter(w, format)) {
                if (checkpoint > 0 && Files.exists(path)) {
                    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                         CSVParser earlier = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                                 .parse(r)) {
                        for (CSVRecord rec : earlier) {
                            if (Long.parseLong(rec.get(0)) <= checkpoint) {
                                kept.printRecord(rec.toList());
                            }
                        }
                    }
                }
            }
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new Rejects(new CSVPrinter(writer, CSVFormat.DEFAULT), locale);
        }

        void write(List<String> original, long line, List<Problem> problems) {
            try {
                for (Problem p : problems) {
                    List<String> values = new ArrayList<>(List.of(String.valueOf(line),
                            p.field() == null ? "" : p.field().column(), p.rule(), p.message(locale)));
                    values.addAll(original);
                    printer.printRecord(values);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }

    /** Progress on stderr: a bar with rate and ETA on a terminal, otherwise a line every few seconds. */
    static final class Reporter implements AutoCloseable {
        private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

        private final PrintWriter err;
        private final ProgressMode mode;
        private final long total;
        private final long startedAt = System.nanoTime();
        private final long resumedAfter;
        private @Nullable ProgressBar bar;
        private long lastLine = startedAt;

        Reporter(PrintWriter err, ProgressMode mode, long total, long checkpoint) {
            this.err = err;
            this.mode = mode;
            this.total = total;
            this.resumedAfter = checkpoint;
            if (mode == ProgressMode.BAR) {
                bar = new ProgressBarBuilder().setTaskName("import").setInitialMax(total)
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" rows", 1).showSpeed()
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            } else if (mode == ProgressMode.LINES && checkpoint > 0) {
                err.println("import: resuming after line " + checkpoint);
                err.flush();
            }
        }

        void committed(Progress p) {
            if (bar != null) {
                bar.stepTo(p.read());
                bar.setExtraMessage(p.rejected() == 0 ? "" : p.rejected() + " rejected");
                return;
            }
            long now = System.nanoTime();
            if (mode != ProgressMode.LINES || now - lastLine < LINE_EVERY_NANOS) {
                return;
            }
            lastLine = now;
            double seconds = (now - startedAt) / 1e9;
            long done = p.read() - Math.min(p.read(), resumedAfter);
            double rate = seconds > 0 ? done / seconds : 0;
            long left = Math.max(0, total - p.read());
            String eta = rate > 0 ? Duration.ofSeconds(Math.round(left / rate)).toString().substring(2).toLowerCase(
                    Locale.ROOT) : "?";
            err.printf(Locale.ROOT, "import: %,d of ~%,d rows (%d%%), %,d imported, %,d rejected, %,.0f rows/s,"
                    + " ETA %s%n", p.read(), total, total == 0 ? 100 : p.read() * 100 / total, p.imported(),
                    p.rejected(), rate, eta);
            err.flush();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
