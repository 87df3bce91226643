package dev.devolve.packs;

import dev.devolve.testkit.ScenarioSuite;

import java.nio.file.Path;
import java.util.List;

/** Runs every reference scenario of the bundled packs, and requires every rule to be fired by one. */
class ReferenceScenariosTest extends ScenarioSuite {

    @Override
    protected List<Path> scenarioPaths() {
        return List.of(Path.of("src/main/resources/devolve/packs"));
    }

    @Override
    protected double minimumCoverage() {
        return 100;
    }
}
