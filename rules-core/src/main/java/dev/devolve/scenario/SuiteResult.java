package dev.devolve.scenario;

import dev.devolve.output.Json;
import dev.devolve.result.RuleDescription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a scenario run: each scenario's result, rule coverage, and how long it took.
 *
 * @param results   one per scenario, in file order
 * @param coverage  which rules fired
 * @param files     how many scenario files were read
 * @param millis    wall-clock time of the run, including compiling the packs
 */
public record SuiteResult(List<ScenarioResult> results, Coverage coverage, int files, long millis) {

    /** The schema id of {@link #toJson}. */
    public static final String SCHEMA = "devolve.test/1";

    public SuiteResult {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** Whether coverage is at least {@code minPercent}. */
    public boolean coverageAtLeast(double minPercent) {
        return coverage.percent() + 1e-9 >= minPercent;
    }

    /** Scenarios whose decision was cut short (outcome ERROR), whether or not they expected it. */
    public long cutShort() {
        return results.stream().filter(ScenarioResult::cutShort).count();
    }

    /**
     * {@code N passed, N failed}, then {@code , N cut short (ERROR)} when any decision was: the last
     * line of every text report.
     */
    public String summaryLine() {
        long cut = cutShort();
        return passed() + " passed, " + failed() + " failed" + (cut == 0 ? "" : ", " + cut + " cut short (ERROR)");
    }

    /** Failures in full, rule coverage with the rules never fired, then the summary line. */
    public String textReport(double minCoverage) {
        StringBuilder sb = new StringBuilder();
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                sb.append(r.failureReport()).append('\n');
            }
        }
        sb.append(String.format(Locale.ROOT, "Ran %d scenario%s from %d file%s in %d ms.%n", results.size(),
                results.size() == 1 ? "" : "s", files, files == 1 ? "" : "s", millis));
        sb.append(String.format(Locale.ROOT, "Rule coverage: %d of %d rules fired (%.1f%%)%n", coverage.covered(),
                coverage.rules().size(), coverage.percent()));
        if (!coverage.uncovered().isEmpty()) {
            sb.append("Rules no scenario fired:\n");
            for (RuleDescription rule : coverage.uncovered()) {
                sb.append("  ").append(rule.location()).append("  ").append(rule.id()).append('\n');
            }
        }
        if (!coverageAtLeast(minCoverage)) {
            sb.append(String.format(Locale.ROOT, "Coverage %.1f%% is below the minimum of %s%%.%n", coverage.percent(),
                    trim(minCoverage)));
        }
        sb.append(summaryLine()).append('\n');
        return sb.toString();
    }

    /** The run as a {@code devolve.test/1} JSON document. */
    public String toJson(double minCoverage) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", SCHEMA);
        d.put("passed", passed());
        d.put("failed", failed());
        d.put("cutShort", cutShort());
        d.put("files", files);
        d.put("millis", millis);
        List<Object> scenarios = new ArrayList<>();
        for (ScenarioResult r : results) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", r.scenario().name());
            s.put("file", r.scenario().file().toString());
            s.put("line", r.scenario().line());
            s.put("status", r.passed() ? "passed" : "failed");
            s.put("cutShort", r.cutShort());
            List<Object> mismatches = new ArrayList<>();
            for (Mismatch m : r.mismatches()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("field", m.field());
                mm.put("expected", m.expected());
                mm.put("actual", m.actual());
                mismatches.add(mm);
            }
            s.put("mismatches", mismatches);
            s.put("rulesFired", r.rulesFired());
            if (!r.passed()) {
                s.put("explanation", r.explanation());
            }
            scenarios.add(s);
        }
        d.put("scenarios", scenarios);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("rules", coverage.rules().size());
        c.put("fired", coverage.covered());
        c.put("percent", Math.round(coverage.percent() * 10) / 10.0);
        c.put("minimum", minCoverage);
        List<Object> uncovered = new ArrayList<>();
        for (RuleDescription r : coverage.uncovered()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("id", r.id());
            u.put("location", r.location());
            uncovered.add(u);
        }
        c.put("uncovered", uncovered);
        d.put("coverage", c);
        return Json.pretty(d);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
