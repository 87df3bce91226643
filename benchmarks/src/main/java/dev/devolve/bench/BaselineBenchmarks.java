package dev.devolve.bench;

import dev.devolve.api.PolicyEngine;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The hand-written baseline on the same inputs as {@link EngineBenchmarks}: the speed limit. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BaselineBenchmarks {

    private Baseline baseline;
    private Township township;
    private Matter matter;
    private List<Matter> catalog;

    @Setup
    public void setUp() {
        PolicyEngine engine = PolicyEngine.builder().build();
        baseline = new Baseline(engine.parameters(), LocalDate.of(2024, 3, 1));
        township = NationalTownships.get().require("330122101");
        catalog = engine.catalog();
        matter = engine.matter("UM-001").orElseThrow();
    }

    @Benchmark
    public Baseline.Result decide() {
        return baseline.decide(township, matter, ProvinceContext.NONE);
    }

    @Benchmark
    public void assess(Blackhole bh) {
        for (Matter m : catalog) {
            bh.consume(baseline.decide(township, m, ProvinceContext.NONE));
        }
    }
}
