package org.siproc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark of {@code siproc import}: generates a legacy file ({@link ImportCommandTestData}, 1 % bad rows) and imports
 * it through the CLI in this JVM into a fresh database, reporting wall time, rows/s and the peak heap used (sampled
 * every 100 ms with {@link MemoryMXBean}). See docs/benchmarks.md, "CLI → Import".
 *
 * <pre>
 * ./mvnw -B -ntp -pl siproc-reference-cli -Pbench test-compile exec:exec -Dbench.args="--rows=1000000"
 * </pre>
 * Options: {@code --rows=N}, {@code --db=URL} (default: an H2 file under {@code --dir}), {@code --dir=DIR}
 * (default {@code target/import-bench}), {@code --batch-size=N}.
 */
public final class ImportCommandBenchmark {

    private ImportCommandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 100_000;
        String db = null;
        Path dir = Path.of("target/import-bench");
        String batch = "1000";
        for (String a : args) {
            if (a.startsWith("--rows=")) {
                rows = Integer.parseInt(a.substring(7));
            } else if (a.startsWith("--db=")) {
                db = a.substring(5);
            } else if (a.startsWith("--dir=")) {
                dir = Path.of(a.substring(6));
            } else if (a.startsWith("--batch-size=")) {
                batch = a.substring(13);
            }
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("legacy-" + rows + ".csv");
        if (!Files.exists(file)) {
            new ImportCommandTestData().write(file, rows, 100, 2026);
        }
        if (db == null) {
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith("siproc.")).toList()) {
                    Files.delete(p);
                }
            }
            db = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("siproc");
        }
        Files.deleteIfExists(dir.resolve(file.getFileName() + ".rejects.csv"));
        System.out.printf(Locale.ROOT, "file: %s (%,d rows, %,d bytes); database: %s; load average before: %s%n",
                file, rows, Files.size(file), db, load());
        run("--db", db, "init", "--admin", "bench-admin");
        run("--db", db, "--user", "bench-admin", "user", "add", "bench", "--role", "HQ_ANALYST");

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 100, TimeUnit.MILLISECONDS);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        String out = run("--db", db, "--user", "bench", "--format", "json", "import",
                "--progress", "lines", "--batch-size", batch, file.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        sampler.shutdownNow();
        System.out.println(out);
        System.out.printf(Locale.ROOT, "rows: %,d; wall: %.1f s; rate: %,.0f rows/s; process CPU: %.1f s (%.2f ms per"
                        + " row); peak heap used: %,d MB (max %,d MB); load average after: %s%n", rows, seconds,
                rows / seconds, cpu, cpu * 1000 / rows, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                load());
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        // Throw-away passwords for the benchmark's own accounts.
        try (SiprocCli cli = new SiprocCli(java.util.Map.of(InitCommand.PASSWORD_VARIABLE, "bench-admin-password",
                UserCommands.PASSWORD_VARIABLE, "bench-user-password"))) {
            code = cli.execute(new PrintWriter(out), new PrintWriter(System.err, true), args);
        }
        if (code != 0) {
            throw new IllegalStateException("exit " + code + ": " + out + err);
        }
        return out.toString();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "n/a";
        }
    }
}
