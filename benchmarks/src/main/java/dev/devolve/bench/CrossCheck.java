package dev.devolve.bench;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.batch.BatchRunner;
import dev.devolve.batch.BatchSummary;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Matter;
import dev.devolve.model.Obligation;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.pack.Parameter;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Decides townships with the engine and with the hand-written {@link Baseline} and reports every
 * (township, matter) on which they disagree: any disagreement is a bug in one of them.
 *
 * <p>Run over the whole national list:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.devolve.bench.CrossCheck [--as-of 2024-03-01] [--every 1]}.
 */
public final class CrossCheck {

    /** One field on which the two disagree. */
    public record Disagreement(String township, String matter, String field, String engine, String baseline) {
        @Override
        public String toString() {
            return township + " × " + matter + ": " + field + " engine=" + engine + " baseline=" + baseline;
        }
    }

    /** What a cross-check found. */
    public record Report(long decisions, long disagreements, List<Disagreement> examples, BatchSummary batch) {
    }

    private CrossCheck() {
    }

    /** Compares the engine's assessment of every township with the baseline, on {@code threads} threads. */
    public static Report national(PolicyEngine engine, Iterator<Township> townships, long total, LocalDate asOf, int threads) {
        Map<String, Baseline> baselines = new HashMap<>();
        List<Disagreement> examples = new ArrayList<>();
        long[] counts = new long[2];
        BatchSummary batch = BatchRunner.builder(engine).asOf(asOf).threads(threads).run(townships, total, (Assessment a) -> {
            Baseline baseline = baselines.computeIfAbsent(a.township().getProvinceCode(), code -> baseline(engine, code, asOf));
            for (Decision d : a.decisions()) {
                counts[0]++;
                // The province's list is input data: both sides read it from the loaded provincial packs.
                ProvinceContext province = engine.provinceContext(a.township(), d.matter());
                List<Disagreement> found = compare(d, baseline.decide(a.township(), d.matter(), province));
                counts[1] += found.size();
                if (examples.size() < 50) {
                    examples.addAll(found);
                }
            }
        });
        return new Report(counts[0], counts[1], examples, batch);
    }

    /** The baseline for the townships of one province: the shared parameters with that province's overrides. */
    static Baseline baseline(PolicyEngine engine, String provinceCode, LocalDate asOf) {
        Map<String, Parameter> parameters = new HashMap<>(engine.parameters());
        parameters.putAll(engine.provinceParameters(provinceCode));
        return new Baseline(parameters, asOf);
    }

    /** The fields on which one engine decision and the baseline's result differ. */
    public static List<Disagreement> compare(Decision d, Baseline.Result b) {
        List<Disagreement> out = new ArrayList<>();
        String t = d.township().getCode();
        String m = d.matter().getCode();
        check(out, t, m, "outcome", d.outcome(), b.outcome());
        check(out, t, m, "mode", d.mode(), b.mode());
        check(out, t, m, "obligations", d.obligations().isEmpty() ? EnumSet.noneOf(Obligation.class)
                : EnumSet.copyOf(d.obligations()), b.obligations());
        check(out, t, m, "missing", new TreeSet<>(d.missing()), b.missing());
        Optional<BigDecimal> engineTransfer = d.fiscal().map(f -> f.countyTransfer().stripTrailingZeros());
        check(out, t, m, "countyTransfer", engineTransfer, b.countyTransfer().map(BigDecimal::stripTrailingZeros));
        return out;
    }

    private static void check(List<Disagreement> out, String t, String m, String field, Object engine, Object baseline) {
        if (!Objects.equals(engine, baseline)) {
            out.add(new Disagreement(t, m, field, String.valueOf(engine), String.valueOf(baseline)));
        }
    }

    public static void main(String[] args) {
        LocalDate asOf = LocalDate.of(2024, 3, 1);
        int every = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                case "--every" -> every = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; use --as-of D, --every N, --threads N");
            }
        }
        PolicyEngine engine = PolicyEngine.builder().build();
        NationalTownships list = NationalTownships.get();
        int step = every;
        Stream<Township> sample = IntStream.range(0, list.size()).filter(i -> i % step == 0)
                .mapToObj(i -> list.require(list.codes().get(i)));
        Report r = national(engine, sample.iterator(), (list.size() + every - 1) / every, asOf, threads);
        r.examples().forEach(System.out::println);
        System.out.printf(Locale.ROOT, "cross-checked %,d decisions of %,d townships as of %s: %,d disagreements (%s)%n",
                r.decisions(), r.batch().townships(), asOf, r.disagreements(), r.batch().line());
        System.exit(r.disagreements() == 0 ? 0 : 1);
    }

    /** For tests: decide one (township, matter, province) both ways. */
    static List<Disagreement> one(PolicyEngine engine, Baseline baseline, Township t, Matter m, ProvinceContext p, LocalDate asOf) {
        Decision d = engine.decide(DecisionRequest.of(t, m, asOf).withProvince(p));
        return compare(d, baseline.decide(t, m, p));
    }
}
