package dev.devolve.testkit;

import dev.devolve.scenario.ScenarioResult;
import dev.devolve.scenario.ScenarioRunner;
import dev.devolve.scenario.SuiteResult;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns scenario files into JUnit 5 tests: one dynamic test per scenario, named after its
 * {@code name} and linked to its file and line, plus a rule-coverage test when a minimum is set.
 * Extend it in any project that depends on Devolve to validate its own packs:
 *
 * <pre>{@code
 * class MyPackScenariosTest extends ScenarioSuite {
 *     protected List<Path> scenarioPaths() { return List.of(Path.of("src/test/scenarios")); }
 *     protected double minimumCoverage() { return 100; }
 * }
 * }</pre>
 */
public abstract class ScenarioSuite {

    /** Scenario files, or directories holding {@code scenarios/} folders. */
    protected abstract List<Path> scenarioPaths();

    /** Pack directories added to every scenario file's packs; none by default. */
    protected List<Path> packDirectories() {
        return List.of();
    }

    /** The packs whose rules coverage counts; all packs of the engines used when empty (the default). */
    protected Set<String> coveredPacks() {
        return Set.of();
    }

    /** The rule coverage the scenarios must reach, in percent; 0 (no check) by default. */
    protected double minimumCoverage() {
        return 0;
    }

    @TestFactory
    Stream<DynamicNode> scenarios() {
        SuiteResult suite = ScenarioRunner.builder().packDirectories(packDirectories()).coverageOf(coveredPacks()).build()
                .run(scenarioPaths());
        List<DynamicNode> tests = new ArrayList<>();
        for (ScenarioResult r : suite.results()) {
            URI source = URI.create(r.scenario().file().toAbsolutePath().toUri() + "?line=" + r.scenario().line());
            tests.add(DynamicTest.dynamicTest(r.scenario().name(), source, () -> {
                if (!r.passed()) {
                    throw new AssertionFailedError(r.failureReport());
                }
            }));
        }
        double minimum = minimumCoverage();
        if (minimum > 0) {
            tests.add(DynamicTest.dynamicTest(String.format(Locale.ROOT, "rule coverage is at least %.1f%%", minimum), () -> {
                if (!suite.coverageAtLeast(minimum)) {
                    throw new AssertionFailedError(String.format(Locale.ROOT, "rule coverage %.1f%% is below %.1f%%; rules no scenario fired:%n%s",
                            suite.coverage().percent(), minimum, suite.coverage().uncovered().stream()
                                    .map(rule -> "  " + rule.location() + "  " + rule.id()).collect(Collectors.joining("\n"))));
                }
            }));
        }
        return tests.stream();
    }
}
