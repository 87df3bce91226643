package dev.devolve.examples.custompack;

import dev.devolve.testkit.ScenarioSuite;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Validates the example county pack with its own scenarios; every rule of the pack must fire. */
class CountyRemoteScenariosTest extends ScenarioSuite {

    @Override
    protected List<Path> scenarioPaths() {
        return List.of(Path.of("scenarios"));
    }

    @Override
    protected Set<String> coveredPacks() {
        return Set.of("county-remote");
    }

    @Override
    protected double minimumCoverage() {
        return 100;
    }
}
