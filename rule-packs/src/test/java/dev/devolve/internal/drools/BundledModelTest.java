package dev.devolve.internal.drools;

import dev.devolve.api.PolicyEngine;
import dev.devolve.input.NationalTownships;
import dev.devolve.pack.PackLoader;
import dev.devolve.pack.RulePack;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The executable model the build generated for the bundled packs is the one an engine of them runs, and decides as the DRL does. */
class BundledModelTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void theBuildWroteTheModelAndTheCheckedRulesOfTheBundledPacks() {
        List<RulePack> packs = PolicyEngine.builder().build().loadedPacks();
        assertThat(getClass().getResource("/" + ModelArchive.FOLDER + ModelArchive.key(packs) + ".model")).isNotNull();
        RulePack national = PackLoader.bundled("national");
        assertThat(getClass().getResource("/" + ModelArchive.FOLDER + ModelArchive.key(List.of(national)) + ".model")).isNotNull();
    }

    @Test
    void anEngineOfTheBundledModelDecidesAsOneCompiledFromTheDrl() {
        PolicyEngine bundled = PolicyEngine.builder().build();
        // The same rules with a comment added at the end of a file: no model has their key, so they are compiled.
        RulePack national = PackLoader.bundled("national");
        SortedMap<String, String> drl = new TreeMap<>(national.drl());
        String file = drl.firstKey();
        drl.put(file, drl.get(file) + "\n// compiled from the DRL\n");
        RulePack changed = new RulePack(national.manifest(), national.origin(), drl, national.parameters(), national.catalog(),
                national.contentHash(), national.province(), national.citations(), national.duties());
        assertThat(ModelArchive.find(ModelArchive.key(List.of(changed)))).isNull();
        PolicyEngine compiled = PolicyEngine.builder().bundledPacks().pack(changed).build();
        assertThat(compiled.loadedPacks().stream().map(RulePack::id)).containsExactlyElementsOf(
                bundled.loadedPacks().stream().map(RulePack::id).toList());
        NationalTownships list = NationalTownships.get();
        IntStream.range(0, list.size()).filter(i -> i % 211 == 0).mapToObj(i -> list.require(list.codes().get(i))).forEach(t ->
                assertThat(compiled.assess(t, DAY)).as(t.getCode()).isEqualTo(bundled.assess(t, DAY)));
    }
}
