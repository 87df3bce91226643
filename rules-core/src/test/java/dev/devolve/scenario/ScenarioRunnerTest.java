package dev.devolve.scenario;

import dev.devolve.TestPacks;
import dev.devolve.error.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioRunnerTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void pack() {
        TestPacks.tiny(tmp);
    }

    /** Writes a scenario file beside the test pack, naming it by its relative path. */
    private Path scenarios(String text) throws IOException {
        Path file = tmp.resolve("scenarios/tiny.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "packs: [../tiny]\n" + text, StandardCharsets.UTF_8);
        return file;
    }

    private static final String BUSY = """
            asOf: 2024-01-01
            scenarios:
              - name: a busy matter is eligible
                township: { code: "410122101", kind: TOWN }
                matter: { code: A, category: PENALTY, annualCases: 30 }
                expect:
                  outcome: ELIGIBLE
                  rulesFired: [tiny.busy]
                  rulesNotFired: [tiny.quiet]
            """;

    @Test
    void aPassingScenarioAndTheRulesItFired() throws IOException {
        SuiteResult r = ScenarioRunner.builder().build().run(List.of(scenarios(BUSY)));
        assertThat(r.summaryLine()).isEqualTo("1 passed, 0 failed");
        assertThat(r.coverage().rules()).hasSize(2);
        assertThat(r.coverage().fired()).containsExactly("tiny.busy");
        assertThat(r.coverage().percent()).isEqualTo(50.0);
        assertThat(r.coverage().uncovered()).singleElement().satisfies(u -> assertThat(u.location()).hasToString("tiny/dev/devolve/test/tiny.drl:9"));
        assertThat(r.textReport(100)).contains("Rules no scenario fired:\n  tiny/dev/devolve/test/tiny.drl:9  tiny.quiet")
                .contains("Coverage 50.0% is below the minimum of 100%.").endsWith("1 passed, 0 failed\n");
        assertThat(r.coverageAtLeast(50)).isTrue();
        assertThat(r.coverageAtLeast(50.1)).isFalse();
    }

    @Test
    void aWrongExpectationShowsExpectedAgainstActualWithTheExplanation() throws IOException {
        SuiteResult r = ScenarioRunner.builder().build().run(List.of(scenarios(BUSY.replace("outcome: ELIGIBLE", "outcome: DELEGATE")
                .replace("rulesNotFired: [tiny.quiet]", "rulesNotFired: [tiny.busy]"))));
        assertThat(r.summaryLine()).isEqualTo("0 passed, 1 failed");
        ScenarioResult failed = r.results().get(0);
        assertThat(failed.mismatches()).extracting(Mismatch::toString).containsExactly(
                "outcome: expected DELEGATE, actual ELIGIBLE", "rulesNotFired: expected tiny.busy not to fire, actual it fired");
        assertThat(failed.failureReport()).startsWith("FAIL " + tmp.resolve("scenarios/tiny.yaml") + ":4  a busy matter is eligible")
                .contains("explanation:\n    ELIGIBLE: suitable\n    * tiny.busy: suitable [OPINIONS2017 §5]");
    }

    @Test
    void aTypoInAKeyNamesFileLineAndKey() throws IOException {
        Path file = scenarios(BUSY.replace("outcome: ELIGIBLE", "outcom: ELIGIBLE"));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(file)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":8:")
                .hasMessageContaining("scenarios[0].expect.outcom: unknown key 'outcom'");
    }

    @Test
    void eachScenarioOverridesTheGivenBlocksKeyByKey() throws IOException {
        Path file = scenarios("""
                asOf: 2024-01-01
                given:
                  township: { code: "410122101", kind: TOWN }
                  matter: { code: A, category: PENALTY, annualCases: 30 }
                scenarios:
                  - name: the given matter is busy
                    expect: { outcome: ELIGIBLE, rulesFired: [tiny.busy] }
                  - name: one key overridden makes it quiet
                    matter: { annualCases: 5 }
                    expect: { outcome: RETAIN, rulesFired: [tiny.quiet] }
                  - name: a key set to null is removed, so the caseload test cannot run
                    matter: { annualCases: null }
                    expect: { outcome: ELIGIBLE, rulesNotFired: [tiny.quiet] }
                """);
        SuiteResult r = ScenarioRunner.builder().build().run(List.of(file));
        assertThat(r.summaryLine()).isEqualTo("3 passed, 0 failed");
        // the same file with the third scenario expecting the given caseload fails: the null really removed it
        Path wrong = scenarios(Files.readString(file).substring("packs: [../tiny]\n".length())
                .replace("expect: { outcome: ELIGIBLE, rulesNotFired: [tiny.quiet] }", "expect: { outcome: RETAIN }"));
        assertThat(ScenarioRunner.builder().build().run(List.of(wrong)).summaryLine()).isEqualTo("2 passed, 1 failed");
    }

    @Test
    void givenHoldsOnlyTheBlocksScenariosShare() throws IOException {
        Path file = scenarios(BUSY.replace("scenarios:\n", "given:\n  expect: { outcome: ELIGIBLE }\nscenarios:\n"));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(file)))
                .isInstanceOf(InputException.class).hasMessageStartingWith(file + ":4:")
                .hasMessageContaining("given: holds the blocks scenarios share, township, matter, province, service, duty, proposal, transfer, usage; found 'expect'");
    }

    @Test
    void aBadWordOrTypeIsAnError() throws IOException {
        Path word = scenarios(BUSY.replace("category: PENALTY", "category: FINE"));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(word)))
                .hasMessageContaining(":6:").hasMessageContaining("matter.category: unknown word 'FINE'; allowed: PENALTY");
    }

    @Test
    void aScenarioNeedsADateAndExactlyOneOfMatterOrService() throws IOException {
        Path noDate = scenarios(BUSY.replace("asOf: 2024-01-01\n", ""));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(noDate))).hasMessageContaining("asOf is required");
        Path both = scenarios(BUSY.replace("matter:", "service: { category: HOUSING, amount: 1 }\n    matter:"));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(both))).hasMessageContaining("exactly one");
    }

    @Test
    void aSplitRefusesWhatOnlyADecisionAnswersAtItsKey() throws IOException {
        String split = """
                asOf: 2024-01-01
                scenarios:
                  - name: a split that expects citations
                    township: { code: "410122101", kind: TOWN }
                    service: { category: HOUSING, amount: 1 }
                    expect:
                      citations: [APL2021]
                """;
        Path citations = scenarios(split);
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(citations)))
                .isInstanceOf(InputException.class).hasMessageStartingWith(citations + ":8:")
                .hasMessageContaining("expect.citations: this belongs to matter: scenarios (a delegation decision), not to a service: split");
        Path noMoney = scenarios(split.replace("citations: [APL2021]", "fiscal: null"));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(noMoney)))
                .isInstanceOf(InputException.class).hasMessageContaining("expect.fiscal: no money (null) belongs to matter: scenarios");
    }

    @Test
    void aUsageIsReadStrictlyAndNamesItsMatterOnce() throws IOException {
        String usage = "    usage: { from: 2023-01-01, to: 2024-12-31, cases: 3 }\n    matter:";
        Path reversed = scenarios(BUSY.replace("    matter:", usage.replace("to: 2024-12-31", "to: 2022-12-31")));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(reversed))).isInstanceOf(InputException.class)
                .hasMessageContaining(":6:").hasMessageContaining("the period ends (2022-12-31) before it starts (2023-01-01)");
        Path twice = scenarios(BUSY.replace("    matter:", usage.replace("cases: 3", "cases: 3, matter: A")));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(twice)))
                .hasMessageContaining("the reviewed matter is given twice");
        Path fractional = scenarios(BUSY.replace("    matter:", usage.replace("cases: 3", "cases: 2.5")));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(fractional)))
                .hasMessageContaining("usage.cases: expected a whole number");
    }

    @Test
    void reviewKeysBelongToReviewsAndModeAndMoneyToDecisions() throws IOException {
        Path review = scenarios(BUSY.replace("outcome: ELIGIBLE", "review: KEEP"));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(review))).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown key 'review'");
        Path mode = scenarios(BUSY.replace("    matter:", "    usage: { from: 2023-01-01, to: 2024-12-31, cases: 3 }\n    matter:")
                .replace("outcome: ELIGIBLE", "mode: HANDOVER"));
        assertThatThrownBy(() -> ScenarioRunner.builder().build().run(List.of(mode))).isInstanceOf(InputException.class)
                .hasMessageContaining("not to a review");
    }

    @Test
    void numbersCompareByExactDecimalValue() throws IOException {
        SuiteResult r = ScenarioRunner.builder().build().run(List.of(scenarios(BUSY.replace("annualCases: 30", "annualCases: 30.0"))));
        assertThat(r.failed()).isZero();
    }

    @Test
    void anExpectedRefusalIsAPass() throws IOException {
        SuiteResult r = ScenarioRunner.builder().build().run(List.of(scenarios("""
                scenarios:
                  - name: before the parameters there is nothing to decide with
                    asOf: 2019-06-01
                    township: { code: "410122101", kind: TOWN }
                    matter: { code: A, annualCases: 3 }
                    expect:
                      error: PARAMETER_NOT_IN_FORCE
                """)));
        assertThat(r.summaryLine()).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void discoversOnlyFilesInScenariosFolders() throws IOException {
        scenarios(BUSY);
        assertThat(ScenarioRunner.discover(List.of(tmp))).containsExactly(tmp.resolve("scenarios/tiny.yaml"));
        assertThatThrownBy(() -> ScenarioRunner.discover(List.of(tmp.resolve("nowhere")))).hasMessageContaining("no such file");
    }
}
