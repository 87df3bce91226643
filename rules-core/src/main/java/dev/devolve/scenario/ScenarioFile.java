package dev.devolve.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed scenario file.
 *
 * @param file      where it is
 * @param packs     the packs it names (bundled ids, or directories relative to the file); empty for
 *                  the bundled reference packs
 * @param scenarios its scenarios, in file order
 */
public record ScenarioFile(Path file, List<String> packs, List<Scenario> scenarios) {

    public ScenarioFile {
        packs = List.copyOf(packs);
        scenarios = List.copyOf(scenarios);
    }
}
