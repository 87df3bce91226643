package dev.devolve.pack;

import dev.devolve.TestPacks;
import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.Diagnostic;
import dev.devolve.error.PackBuildException;
import dev.devolve.result.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sources packs define in {@code citations.yaml}, and what cites them. */
class CitationsTest {

    private static final String DRL = "dev/devolve/test/tiny.drl";

    @TempDir
    Path tmp;

    private static List<String> problems(Runnable build) {
        try {
            build.run();
        } catch (PackBuildException e) {
            return e.diagnostics().stream().map(Diagnostic::toString).toList();
        }
        throw new AssertionError("expected the packs not to build");
    }

    @Test
    void aParameterReferenceNoPackDefinesIsReportedWhereItIsWithTheNearestIds() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, "parameters.yaml", "      note: \"test value\"\n", "      reference: \"OPINIONS2071 §5\"\n");
        // The pack reads: a reference is checked where the packs are combined.
        assertThat(PackLoader.directory(dir).parameters().get("tiny.min_cases").values().get(0).provenance().reference())
                .contains("OPINIONS2071 §5");
        assertThat(problems(() -> PolicyEngine.builder().packDirectory(dir).build())).containsExactly(
                dir + "/parameters.yaml:9:18: UNKNOWN_CITATION: parameter tiny.min_cases since 2020-01-01: 'OPINIONS2071 §5' cites"
                        + " OPINIONS2071, which no loaded pack defines in its citations.yaml; did you mean OPINIONS2017?");
    }

    @Test
    void aRuleCitingASourceNoPackDefinesIsReportedAtTheRule() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, DRL, "    @cite(\"OPINIONS2017 §5\")\n    @facts", "    @cite(\"APL2021 art.24\")\n    @facts");
        assertThat(problems(() -> PolicyEngine.builder().packDirectory(dir).build())).containsExactly(
                "tiny/" + DRL + ":9:1: UNKNOWN_CITATION: rule 'tiny.quiet': 'APL2021 art.24' cites APL2021, which no loaded pack"
                        + " defines in its citations.yaml; defined: [OPINIONS2017]");
    }

    @Test
    void aSourceDefinedByTwoPacksNamesBothFiles() throws URISyntaxException {
        Path sources = Path.of(CitationsTest.class.getResource("/packs/sources").toURI());
        Path tiny = TestPacks.tiny(tmp);
        assertThat(problems(() -> PolicyEngine.builder().packDirectory(sources).packDirectory(tiny).build())).containsExactly(
                tiny + "/citations.yaml:1:15: DUPLICATE_CITATION: source OPINIONS2017 is defined in " + sources
                        + "/citations.yaml:1:15 and again here; define each source in one pack");
    }

    @Test
    void aPackAddsItsOwnSourcesBesideThoseOfThePacksItBuildsOn() {
        Path tiny = TestPacks.tiny(tmp);
        Path county = tmp.resolve("county");
        TestPacks.write(county, "pack.yaml", """
                id: county
                version: 0.0.1
                title: {zh: 县规则, en: County rules}
                jurisdiction: "410122"
                dependsOn: [tiny]
                effective: {from: 2020-01-01}
                """);
        TestPacks.write(county, "citations.yaml", """
                COUNTY2024-3: {zh: 县政〔2024〕3号, en: County notice 3 of 2024, url: "https://example.org/notice"}
                """);
        TestPacks.write(county, "parameters.yaml", """
                county.max_cases:
                  type: NUMBER
                  description: {zh: 最多案件数, en: Most cases}
                  values:
                    - {since: 2020-01-01, value: 1000, reference: "COUNTY2024-3 §2", status: verified}
                """);
        TestPacks.write(county, "dev/devolve/test/county.drl", """
                package dev.devolve.test;

                import dev.devolve.model.Matter;
                import dev.devolve.model.Outcome;
                import dev.devolve.model.OutcomeFinding;
                import dev.devolve.model.Param;

                rule "county.too_many"
                    @label_zh("案件过多")
                    @label_en("Too many cases")
                    @cite("COUNTY2024-3 §2, OPINIONS2017 §5")
                    @facts("matter.annualCases, county.max_cases")
                    @explain_zh("{matter.annualCases} 多于 {county.max_cases}")
                    @explain_en("{matter.annualCases} is above {county.max_cases}")
                    salience 20
                when
                    $p : Param(name == "county.max_cases")
                    $m : Matter(annualCases != null, annualCases > $p.number)
                then
                    insert(new OutcomeFinding($m, Outcome.RETAIN));
                end
                """);
        PolicyEngine engine = PolicyEngine.builder().packDirectory(tiny).packDirectory(county).build();
        Decision d = engine.decide(DecisionRequest.of(TestPacks.town(), TestPacks.cases(5_000), LocalDate.of(2024, 1, 1)));
        assertThat(d.citations()).contains("COUNTY2024-3 §2", "OPINIONS2017 §5");
        assertThat(PackLoader.directory(county).citations().get("COUNTY2024-3").url()).contains("https://example.org/notice");
    }
}
