package dev.devolve.scenario;

import dev.devolve.output.Json;
import dev.devolve.result.RuleDescription;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

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

    static final Words WORDS = Words.of(SuiteResult.class, "report");

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
        return summaryLine(Language.EN);
    }

    /** The summary line in {@code language}. */
    public String summaryLine(Language language) {
        long cut = cutShort();
        return WORDS.get(language, "summary", passed(), failed()) + (cut == 0 ? "" : WORDS.get(language, "summary.cutShort", cut));
    }

    /** Failures in full, rule coverage with the rules never fired, then the summary line. */
    public String textReport(double minCoverage) {
        return textReport(minCoverage, Language.EN);
    }

    /** The text report in {@code language}. */
    public String textReport(double minCoverage, Language language) {
        StringBuilder sb = new StringBuilder();
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                sb.append(r.failureReport(language)).append('\n');
            }
        }
        String scenarios = WORDS.get(language, results.size() == 1 ? "scenarios.one" : "scenarios.many", results.size());
        String read = WORDS.get(language, files == 1 ? "files.one" : "files.many", files);
        sb.append(WORDS.get(language, "ran", scenarios, read, millis)).append('\n');
        sb.append(WORDS.get(language, "coverage", coverage.covered(), coverage.rules().size(), percent(coverage.percent()))).append('\n');
        if (!coverage.uncovered().isEmpty()) {
            sb.append(WORDS.get(language, "uncovered")).append('\n');
            for (RuleDescription rule : coverage.uncovered()) {
                sb.append("  ").append(rule.location()).append("  ").append(rule.id()).append('\n');
            }
        }
        if (!coverageAtLeast(minCoverage)) {
            sb.append(WORDS.get(language, "belowMinimum", percent(coverage.percent()), trim(minCoverage))).append('\n');
        }
        sb.append(summaryLine(language)).append('\n');
        return sb.toString();
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f", p);
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
