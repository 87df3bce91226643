package dev.devolve.scenario;

import dev.devolve.error.InputException;
import dev.devolve.api.PolicyEngine;
import dev.devolve.result.RuleDescription;
import dev.devolve.api.EngineBuilder;
import dev.devolve.pack.PackLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs scenario files: the one runner behind the JUnit kit, {@code devolve test} and the build.
 * Each distinct pack set is compiled once and shared by every scenario that names it; rule
 * coverage is counted over every rule of those engines.
 *
 * <pre>{@code
 * SuiteResult r = ScenarioRunner.builder().build().run(List.of(Path.of("scenarios")));
 * log.info(r.summaryLine());   // "178 passed, 0 failed"
 * }</pre>
 */
public final class ScenarioRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);

    private final List<Path> packDirectories;
    private final Set<String> coveredPacks;
    private final Map<List<String>, PolicyEngine> engines = new LinkedHashMap<>();

    private ScenarioRunner(List<Path> packDirectories, Set<String> coveredPacks) {
        this.packDirectories = List.copyOf(packDirectories);
        this.coveredPacks = Set.copyOf(coveredPacks);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a runner. */
    public static final class Builder {
        private final List<Path> packDirectories = new ArrayList<>();
        private final Set<String> coveredPacks = new HashSet<>();

        private Builder() {
        }

        /**
         * Counts rule coverage over these packs only (say, the pack under test, not the national
         * pack it builds on); by default every rule of the engines used counts.
         */
        public Builder coverageOf(Set<String> packIds) {
            coveredPacks.addAll(packIds);
            return this;
        }

        /** Pack directories added to every scenario file's packs (a bundled pack with the same id is replaced). */
        public Builder packDirectories(List<Path> dirs) {
            packDirectories.addAll(dirs);
            return this;
        }

        public ScenarioRunner build() {
            return new ScenarioRunner(packDirectories, coveredPacks);
        }
    }

    /**
     * Finds the scenario files under the paths: a file is taken as it is; a directory contributes
     * every {@code .yaml}/{@code .yml} file inside a folder named {@code scenarios} (the directory
     * itself may be one), in path order.
     */
    public static List<Path> discover(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ScenarioRunner::isScenarioFile).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new InputException(p.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
                }
            } else {
                throw new InputException(p.toString(), 0, 0, "no such file or directory");
            }
        }
        return files;
    }

    private static boolean isScenarioFile(Path p) {
        String name = p.getFileName().toString();
        if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) {
            return false;
        }
        for (Path part : p.toAbsolutePath().normalize()) {
            if (part.toString().equals("scenarios")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses every file first (so a typo stops the run before anything is decided), then runs.
     *
     * @throws InputException on a malformed scenario file or a pack that cannot be loaded
     */
    public SuiteResult run(List<Path> paths) {
        long start = System.nanoTime();
        List<ScenarioFile> files = discover(paths).stream().map(ScenarioParser::parse).toList();
        List<ScenarioResult> results = new ArrayList<>();
        Map<String, RuleDescription> rules = new LinkedHashMap<>();
        Set<String> fired = new HashSet<>();
        for (ScenarioFile f : files) {
            PolicyEngine engine = engine(f);
            engine.rules().stream().filter(r -> coveredPacks.isEmpty() || coveredPacks.contains(r.packId()))
                    .forEach(r -> rules.putIfAbsent(r.packId() + "/" + r.id(), r));
            for (Scenario s : f.scenarios()) {
                ScenarioResult r = SubjectRun.run(engine, s);
                fired.addAll(r.rulesFired());
                results.add(r);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.debug("ran {} scenarios from {} files in {} ms on {} engines", results.size(), files.size(), millis, engines.size());
        return new SuiteResult(results, new Coverage(List.copyOf(rules.values()), fired), files.size(), millis);
    }

    private PolicyEngine engine(ScenarioFile f) {
        List<String> key = new ArrayList<>();
        for (String p : f.packs()) {
            key.add(isBundled(p) ? p : f.file().toAbsolutePath().getParent().resolve(p).normalize().toString());
        }
        packDirectories.forEach(d -> key.add(d.toAbsolutePath().normalize().toString()));
        return engines.computeIfAbsent(key, k -> {
            EngineBuilder b = PolicyEngine.builder();
            if (f.packs().isEmpty()) {
                b.bundledPacks();
            }
            for (String p : k) {
                if (isBundled(p)) {
                    b.pack(p);
                } else {
                    b.packDirectory(Path.of(p));
                }
            }
            return b.build();
        });
    }

    private static boolean isBundled(String pack) {
        return !pack.contains("/") && !pack.contains("\\") && PackLoader.bundledIds().contains(pack);
    }
}
