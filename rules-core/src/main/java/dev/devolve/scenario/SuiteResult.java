package dev.devolve.scenario;

import dev.devolve.result.RuleDescription;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a scenario run: each scenario's result, rule coverage, and how long it took.
 *
 * @param results   one per scenario, in file order
 * @param coverage  which rules fired
 * @param files     how many scenario files were read
 * @param millis    wall-clock time of the run, including compiling the packs
 */
public record SuiteResult(List<ScenarioResult> results, Coverage coverage, int files, long millis) {

    /** The schema id of the run as JSON ({@link dev.devolve.output.report.TestJson}). */
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

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
