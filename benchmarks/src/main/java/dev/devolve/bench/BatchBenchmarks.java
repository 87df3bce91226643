package dev.devolve.bench;

import dev.devolve.api.PolicyEngine;
import dev.devolve.batch.BatchRunner;
import dev.devolve.batch.BatchSummary;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Batch throughput on a slice of the national list ({@value #SLICE} townships × the 80-matter
 * catalog), Devolve against the baseline, on one and two threads. Results are in milliseconds per
 * slice; decisions per second are {@code SLICE × 80 × 1000 / ms}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
public class BatchBenchmarks {

    /** Townships per run: every tenth of the national list. */
    public static final int SLICE = 4136;

    @Param({"1", "2"})
    public int threads;

    private PolicyEngine engine;
    private Baseline baseline;
    private List<Township> townships;
    private List<Matter> catalog;
    private ExecutorService pool;
    private final LocalDate asOf = LocalDate.of(2024, 3, 1);

    @Setup
    public void setUp() {
        engine = PolicyEngine.builder().build();
        baseline = new Baseline(engine.parameters(), asOf);
        catalog = engine.catalog();
        NationalTownships list = NationalTownships.get();
        townships = IntStream.range(0, list.size()).filter(i -> i % 10 == 0).limit(SLICE)
                .mapToObj(i -> list.require(list.codes().get(i))).toList();
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public BatchSummary devolve() {
        return BatchRunner.builder(engine).asOf(asOf).threads(threads).run(townships.iterator(), townships.size(), a -> { });
    }

    @Benchmark
    public long baseline() throws Exception {
        int per = (townships.size() + threads - 1) / threads;
        List<Future<Long>> parts = IntStream.range(0, threads).mapToObj(t -> pool.submit(() -> {
            long n = 0;
            for (Township town : townships.subList(Math.min(t * per, townships.size()), Math.min((t + 1) * per, townships.size()))) {
                for (Matter m : catalog) {
                    n += baseline.decide(town, m, ProvinceContext.NONE).outcome().ordinal();
                }
            }
            return n;
        })).toList();
        long sum = 0;
        for (Future<Long> f : parts) {
            sum += f.get();
        }
        return sum;
    }
}
