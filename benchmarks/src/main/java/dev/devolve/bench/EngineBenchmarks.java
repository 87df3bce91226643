package dev.devolve.bench;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Matter;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
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

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * Engine build (in a warm JVM), one decision, and one township against the whole catalog, with
 * the bundled reference packs. Run: {@code java -jar benchmarks/target/benchmarks.jar EngineBenchmarks}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class EngineBenchmarks {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

    private PolicyEngine engine;
    private Township township;
    private Matter matter;

    @Setup
    public void setUp() {
        engine = PolicyEngine.builder().build();
        township = NationalTownships.get().require("330122101");
        matter = engine.matter("UM-001").orElseThrow();
    }

    /** Loading and compiling the bundled packs into a new engine. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5)
    @Measurement(iterations = 15)
    public PolicyEngine buildEngine() {
        return PolicyEngine.builder().build();
    }

    /** One (township, matter, date) decision with its explanation. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Decision decide() {
        return engine.decide(DecisionRequest.of(township, matter, AS_OF));
    }

    /** One township against the whole catalog, in one session. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Assessment assess() {
        return engine.assess(township, AS_OF);
    }
}
