package dev.devolve.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the benchmark table from a JMH JSON result file: each measure's median for Devolve and
 * for the hand-written baseline, and their ratio.
 * {@code java -cp benchmarks/target/benchmarks.jar dev.devolve.bench.Report results.json}
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Report JMH_RESULTS.json");
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode b : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
            String name = b.get("benchmark").asText().replaceFirst("^dev\\.devolve\\.bench\\.", "");
            JsonNode params = b.get("params");
            if (params != null && params.has("threads")) {
                name += "[" + params.get("threads").asText() + "]";
            }
            JsonNode metric = b.get("primaryMetric");
            units.put(name, metric.get("scoreUnit").asText());
            if (metric.has("scorePercentiles") && "sample".equals(b.get("mode").asText())) {
                medians.put(name, metric.get("scorePercentiles").get("50.0").asDouble());
            } else {
                List<Double> raw = new ArrayList<>();
                metric.get("rawData").forEach(it -> it.forEach(v -> raw.add(v.asDouble())));
                Collections.sort(raw);
                int n = raw.size();
                medians.put(name, n % 2 == 1 ? raw.get(n / 2) : (raw.get(n / 2 - 1) + raw.get(n / 2)) / 2);
            }
        }
        long decisions = BatchBenchmarks.SLICE * 80L;
        System.out.println("| measure | Devolve (median) | baseline (median) | Devolve ÷ baseline |");
        System.out.println("|---|---|---|---|");
        row(medians, units, "build an engine, warm JVM", "EngineBenchmarks.buildEngine", null);
        row(medians, units, "decide one (township, matter)", "EngineBenchmarks.decide", "BaselineBenchmarks.decide");
        row(medians, units, "assess one township (80 matters)", "EngineBenchmarks.assess", "BaselineBenchmarks.assess");
        for (String t : List.of("1", "2")) {
            Double d = medians.get("BatchBenchmarks.devolve[" + t + "]");
            Double b = medians.get("BatchBenchmarks.baseline[" + t + "]");
            if (d != null && b != null) {
                System.out.printf(Locale.ROOT, "| batch of %,d townships (%,d decisions), %s thread%s | %,.0f ms = %,.0f decisions/s, %.1f µs per decision per core "
                                + "| %,.0f ms = %,.0f decisions/s | %.1f× |%n", BatchBenchmarks.SLICE, decisions, t, t.equals("1") ? "" : "s",
                        d, decisions * 1000 / d, d * 1000 * Integer.parseInt(t) / decisions, b, decisions * 1000 / b, d / b);
            }
        }
    }

    private static void row(Map<String, Double> medians, Map<String, String> units, String label, String devolve, String baseline) {
        Double d = medians.get(devolve);
        if (d == null) {
            return;
        }
        Double b = baseline == null ? null : medians.get(baseline);
        System.out.printf(Locale.ROOT, "| %s | %,.1f %s | %s | %s |%n", label, d, units.get(devolve),
                b == null ? "—" : String.format(Locale.ROOT, "%,.2f %s", b, units.get(baseline)),
                b == null ? "—" : String.format(Locale.ROOT, "%,.0f×", d / b));
    }
}
