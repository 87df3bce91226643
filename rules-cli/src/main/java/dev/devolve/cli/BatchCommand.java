package dev.devolve.cli;

import dev.devolve.api.Detail;
import dev.devolve.api.PolicyEngine;
import dev.devolve.batch.AtomicFile;
import dev.devolve.batch.BatchFormat;
import dev.devolve.batch.BatchProgress;
import dev.devolve.batch.BatchRunner;
import dev.devolve.batch.BatchSummary;
import dev.devolve.batch.CsvBatchWriter;
import dev.devolve.batch.JsonlBatchWriter;
import dev.devolve.input.NationalTownships;
import dev.devolve.input.TownshipList;
import dev.devolve.model.Township;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code devolve batch}: assess many townships into a CSV or JSON Lines file. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Assess many townships (a file of codes, or all of the national list) against the whole catalog. "
                + "The output is written under a temporary name and renamed when complete.")
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packs;

    @Option(names = "--townships", required = true, paramLabel = "FILE|all",
            description = "'all' for the national list, a text file of township codes (one a line, # for comments), "
                    + "or a YAML/JSON list of township facts or codes.")
    String townships;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or jsonl; default csv.")
    String format = "csv";

    @Option(names = "--explain", description = "Add each decision's full explanation (JSON Lines only).")
    boolean explain;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (1 to 256); default the number of cores.")
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), Bounds.MAX_THREADS);

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date to decide for (YYYY-MM-DD); default today.")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr; default when stderr is a terminal.")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format for batch is csv or jsonl, found '" + format + "'");
        }
        if (explain && format.equals("csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--explain needs --format jsonl: a CSV row has no room for an explanation");
        }
        Bounds.check(spec, "--threads", threads, 1, Bounds.MAX_THREADS);
        AtomicFile.checkTarget(out);
        PolicyEngine engine = Inputs.engine(packs.packs);
        // Read as a stream, checked and counted first: memory stays flat however long the list.
        TownshipList listed = townships.equals("all") ? null : TownshipList.open(Path.of(townships));
        long total = listed == null ? NationalTownships.get().size() : listed.size();
        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = progress != null ? progress : "1".equals(System.getenv("DEVOLVE_STDERR_TTY"));
        ProgressBar bar = showProgress ? new ProgressBar(err) : null;
        HeapSampler heap = new HeapSampler(bar == null ? BatchProgress.NONE : bar);
        BatchSummary summary;
        try (Stream<Township> source = listed == null ? NationalTownships.get().stream() : listed.stream();
             AtomicFile file = AtomicFile.create(out)) {
            BatchFormat rows = format.equals("csv") ? new CsvBatchWriter() : new JsonlBatchWriter(explain);
            summary = BatchRunner.builder(engine).asOf(asOf).threads(threads).detail(explain ? Detail.FULL : Detail.SUMMARY)
                    .progress(heap).build().run(source.iterator(), total, rows, file.writer());
            file.commit();
        }
        if (bar != null) {
            bar.finish();
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%s; heap used at most %d MiB of %d MiB; wrote %s%n", summary.line(),
                heap.peak >> 20, heap.max >> 20, out);
        if (summary.errors() > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "devolve: %,d decisions were cut short (outcome ERROR); the error %s of each "
                    + "says why%n", summary.errors(), format.equals("csv") ? "column" : "field");
            return Devolve.CUT_SHORT;
        }
        return 0;
    }

    /**
     * Samples the heap in use after every chunk: its largest value is the run's peak, to within a
     * chunk. The limit is sampled with it: some collectors move it as they resize their spaces.
     */
    static final class HeapSampler implements BatchProgress {
        private final BatchProgress next;
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private long peak;
        private long max = Runtime.getRuntime().maxMemory();

        HeapSampler(BatchProgress next) {
            this.next = next;
        }

        @Override
        public void update(long done, long total, long decisions, long elapsedNanos) {
            MemoryUsage heap = memory.getHeapMemoryUsage();
            peak = Math.max(peak, heap.getUsed());
            max = Math.max(max, heap.getMax());
            next.update(done, total, decisions, elapsedNanos);
        }
    }

    /** A one-line bar on stderr, redrawn at most ten times a second. */
    static final class ProgressBar implements BatchProgress {
        private final PrintWriter err;
        private long lastDraw;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long done, long total, long decisions, long elapsedNanos) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && done != total) {
                return;
            }
            lastDraw = now;
            double seconds = elapsedNanos / 1e9;
            double rate = seconds > 0 ? decisions / seconds : 0;
            StringBuilder sb = new StringBuilder("\r");
            if (total > 0) {
                int width = 30;
                int filled = (int) (width * done / total);
                double eta = done > 0 ? seconds * (total - done) / done : 0;
                sb.append('[').append("#".repeat(filled)).append("-".repeat(width - filled)).append("] ")
                        .append(String.format(Locale.ROOT, "%3d%% %,d/%,d townships · %,.0f decisions/s · ETA %.0f s",
                                100 * done / total, done, total, rate, eta));
            } else {
                sb.append(String.format(Locale.ROOT, "%,d townships · %,.0f decisions/s", done, rate));
            }
            err.print(sb);
            err.flush();
        }

        void finish() {
            err.println();
            err.flush();
        }
    }
}
