package dev.devolve.scenario;

import dev.devolve.result.RuleDescription;

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

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
