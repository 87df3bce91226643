package dev.devolve.cli;

import dev.devolve.output.report.TestJson;
import dev.devolve.scenario.ScenarioRunner;
import dev.devolve.scenario.SuiteResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code devolve test}: run scenario files and report rule coverage. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run scenario files (or every scenarios/ folder under a directory) and report rule coverage. "
                + "Exit 0 when all pass, 2 on failures or coverage below the minimum, 1 on errors.")
final class TestCommand implements Callable<Integer> {

    /** Exit code when a scenario fails or coverage is too low. */
    static final int FAILURES = 2;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files, or directories to search for scenarios/ folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--packs", paramLabel = "DIR", arity = "1..*",
            description = "Pack directories added to every scenario file's packs.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--cover", paramLabel = "PACK", arity = "1..*",
            description = "Count rule coverage over these pack ids only; default every pack the scenarios ran on.")
    Set<String> cover = new HashSet<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json; default text.")
    Format format = Format.text;

    @Option(names = "--min-coverage", paramLabel = "PERCENT", description = "Fail when fewer than this percentage of rules fired.")
    double minCoverage;

    @Option(names = "--debug", description = "Show stack traces and debug logging.")
    boolean debug;

    @Override
    public Integer call() {
        if (format == Format.csv) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format csv is for assess; test writes text or json");
        }
        if (minCoverage < 0 || minCoverage > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-coverage must be between 0 and 100, found " + minCoverage);
        }
        SuiteResult result = ScenarioRunner.builder().packDirectories(packs).coverageOf(cover).build().run(paths);
        if (format == Format.json) {
            spec.commandLine().getOut().println(TestJson.toJson(result, minCoverage));
            spec.commandLine().getErr().println(result.summaryLine());
        } else {
            spec.commandLine().getOut().print(result.textReport(minCoverage));
        }
        return result.failed() > 0 || !result.coverageAtLeast(minCoverage) ? FAILURES : 0;
    }
}
