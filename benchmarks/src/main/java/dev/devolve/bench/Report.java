package dev.devolve.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Prints the performance table from a JMH JSON result file and the figures {@code benchmarks/run.sh}
 * measured outside JMH (a properties file): every measure with its median, the baseline's where
 * there is one, the target and the ratio to it (at most 1 meets the target).
 * {@code java -cp benchmarks/target/benchmarks.jar dev.devolve.bench.Report jmh.json figures.properties}
 */
public final class Report {

    private static final long DECISIONS = BatchBenchmarks.SLICE * 80L;
    private static final long NATIONAL_DECISIONS = 41_352L * 80;

    private final Map<String, Double> medians = new LinkedHashMap<>();
    private final Properties figures = new Properties();

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Report JMH_RESULTS.json FIGURES.properties");
        }
        Report r = new Report();
        r.readJmh(Path.of(args[0]));
        try (Reader in = Files.newBufferedReader(Path.of(args[1]))) {
            r.figures.load(in);
        }
        r.print();
    }

    private void readJmh(Path file) throws IOException {
        for (JsonNode b : new ObjectMapper().readTree(file.toFile())) {
            String name = b.get("benchmark").asText().replaceFirst("^dev\\.devolve\\.bench\\.", "");
            JsonNode params = b.get("params");
            if (params != null && params.has("threads")) {
                name += "[" + params.get("threads").asText() + "]";
            }
            JsonNode metric = b.get("primaryMetric");
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
    }

    private void print() {
        System.out.println("| measure | Devolve (median) | baseline (median) | Devolve ÷ baseline | target | ÷ target |");
        System.out.println("|---|---|---|---|---|---|");
        Double build = medians.get("EngineBenchmarks.buildEngine");
        row("build an engine of the bundled packs, warm JVM", build, "%,.1f ms", null, null, 50.0, "≤ 50 ms");
        row("build an engine in a cold process: `bin/devolve validate`, JVM start included (7 runs)",
                figure("cold.build.s"), "%.2f s", null, null, null, "—");
        jmhRow("`decide` one (township, matter), with explanation", "decide", 10.0, "≤ 10 µs");
        jmhRow("`assess` one township (80 matters), warm", "assess", 150.0, "≤ 150 µs");
        for (String t : List.of("1", "2")) {
            Double d = medians.get("BatchBenchmarks.devolve[" + t + "]");
            Double b = medians.get("BatchBenchmarks.baseline[" + t + "]");
            if (d == null || b == null) {
                continue;
            }
            boolean one = t.equals("1");
            System.out.printf(Locale.ROOT, "| batch of %,d townships (%,d decisions), %s thread%s | %,.0f ms: %,.0f decisions/s, "
                            + "%.2f µs per decision per core | %,.0f ms | %.1f× | %s | %s |%n", BatchBenchmarks.SLICE, DECISIONS, t,
                    one ? "" : "s", d, DECISIONS * 1000 / d, d * 1000 * Integer.parseInt(t) / DECISIONS, b, d / b,
                    one ? "≤ 20× the baseline" : "—", one ? String.format(Locale.ROOT, "%.2f", d / b / 20) : "—");
        }
        row("`bin/devolve decide …` end to end, cold JVM (7 runs)", figure("cold.decide.s"), "%.2f s", null, null, 0.8, "≤ 0.8 s");
        Double national = figure("national.s");
        Double rss = figure("national.rss.kb");
        row("**national batch**: 41,352 townships × 80 matters = 3,308,160 decisions, CSV, 2 threads, `-Xmx512m`, wall"
                        + (national == null ? "" : String.format(Locale.ROOT, " (%,.0f decisions/s", NATIONAL_DECISIONS / national)
                        + (rss == null ? ")" : String.format(Locale.ROOT, ", max RSS %,.0f MiB)", rss / 1024))),
                national, "%.1f s", null, null, 10.0, "≤ 10 s");
        row("national duties batch, 2 threads, CSV, `-Xmx512m`, wall", figure("duties.s"), "%.1f s", null, null, 15.0, "≤ 15 s");
        Double scenarioRss = figure("scenarios.rss.kb");
        row("scenario suite of the bundled packs, `bin/devolve test`, wall"
                        + (scenarioRss == null ? "" : String.format(Locale.ROOT, " (max RSS %,.0f MiB)", scenarioRss / 1024)),
                figure("scenarios.s"), "%.1f s", null, null, null, "no slower than before");
        Double disagreements = figure("crosscheck.disagreements");
        row("cross-check of the national run against the baseline: disagreements", disagreements, "%,.0f", null, null, null, "0");
        System.out.println();
        System.out.println("national batch CSV sha256: " + figures.getProperty("national.sha256", "not measured"));
        if (disagreements != null && disagreements > 0) {
            System.out.println("THE ENGINE AND THE BASELINE DISAGREE: see crosscheck.txt");
        }
    }

    private void jmhRow(String label, String benchmark, double target, String targetText) {
        row(label, medians.get("EngineBenchmarks." + benchmark), "%,.1f µs", medians.get("BaselineBenchmarks." + benchmark), "%,.2f µs",
                target, targetText);
    }

    private Double figure(String key) {
        String v = figures.getProperty(key);
        return v == null || v.isBlank() ? null : Double.valueOf(v);
    }

    private static void row(String label, Double value, String format, Double baseline, String baselineFormat, Double target,
                            String targetText) {
        String measured = value == null ? "not measured" : String.format(Locale.ROOT, format, value);
        String base = baseline == null ? "—" : String.format(Locale.ROOT, baselineFormat, baseline);
        String ratio = value == null || baseline == null ? "—" : String.format(Locale.ROOT, "%,.0f×", value / baseline);
        String toTarget = value == null || target == null ? "—" : String.format(Locale.ROOT, "%.2f", value / target);
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", label, measured, base, ratio, targetText, toTarget);
    }
}
