package dev.devolve.internal.drools;

import dev.devolve.TestPacks;
import dev.devolve.api.DecisionRequest;
import dev.devolve.api.EngineBuilder;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.Diagnostic;
import dev.devolve.error.PackBuildException;
import dev.devolve.pack.PackLoader;
import dev.devolve.pack.RulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleCompilerTest {

    private static final String DRL = "dev/devolve/test/tiny.drl";

    @TempDir
    Path tmp;

    private List<String> problems(Path dir) {
        return problems(PolicyEngine.builder().packDirectory(dir));
    }

    private List<String> problems(EngineBuilder builder) {
        try {
            builder.build();
        } catch (PackBuildException e) {
            return e.diagnostics().stream().map(Diagnostic::toString).toList();
        }
        throw new AssertionError("expected the pack not to build");
    }

    @Test
    void compilesTheTestPack() {
        RulePack p = PackLoader.directory(TestPacks.tiny(tmp));
        RuleCompiler.Compiled c = RuleCompiler.compile(List.of(p), p.parameters(), true);
        assertThat(c.descriptions()).extracting("id").containsExactly("tiny.quiet", "tiny.busy");
        assertThat(c.descriptions().get(0).location()).hasToString("tiny/" + DRL + ":9");
        assertThat(c.descriptions().get(0).citations()).containsExactly("OPINIONS2017 §5");
    }

    @Test
    void removesItsReleaseFromTheKieRepository() {
        RulePack p = PackLoader.directory(TestPacks.tiny(tmp));
        RuleCompiler.Compiled c = RuleCompiler.compile(List.of(p), p.parameters(), true);
        assertThat(KieServices.Factory.get().getRepository().getKieModule(c.releaseId())).isNull();
    }

    @Test
    void aSyntaxErrorNamesPackFileLineAndColumn() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, DRL, "    $m : Matter()\n    not OutcomeFinding", "    $m : Matter(\n    not OutcomeFinding");
        List<String> problems = problems(dir);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0)).startsWith("tiny/" + DRL + ":3").contains("DRL_SYNTAX");
        assertThat(problems).anyMatch(p -> p.matches("tiny/dev/devolve/test/tiny\\.drl:3\\d:\\d+: DRL_SYNTAX: .+"));
    }

    @Test
    void aTypeErrorNamesTheFileAndLine() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, DRL, "annualCases != null, annualCases", "annualCases != null, anualCases");
        // The sandbox finds the unknown name first; a trusted build leaves it to the compiler.
        assertThat(problems(dir)).anyMatch(p -> p.startsWith("tiny/" + DRL + ":21:38: SANDBOX_NAME: ") && p.contains("anualCases"));
        assertThat(problems(PolicyEngine.builder().packDirectory(dir).trusted()))
                .anyMatch(p -> p.startsWith("tiny/" + DRL + ":21:38: DRL_COMPILE: ") && p.contains("anualCases"));
    }

    @Test
    void everyRuleNeedsItsMetadata() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, DRL, "    @label_en(\"Many cases\")\n", "");
        assertThat(problems(dir)).containsExactly("tiny/" + DRL + ":26:1: RULE_METADATA: rule 'tiny.busy' needs @label_en(\"…\")");
    }

    @Test
    void citationsAndFactsMustBeKnown() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, DRL, "@cite(\"OPINIONS2017 §5\")\n    @facts", "@cite(\"OPINIONS2071 §5\")\n    @facts");
        TestPacks.edit(dir, DRL, "tiny.min_cases\")\n    @explain_zh", "tiny.max_cases\")\n    @explain_zh");
        List<String> problems = problems(dir);
        assertThat(problems).anyMatch(p -> p.contains("UNKNOWN_CITATION") && p.contains("'OPINIONS2071 §5'"));
        assertThat(problems).anyMatch(p -> p.contains("UNKNOWN_FACT") && p.contains("'tiny.max_cases'"));
        assertThat(problems).anyMatch(p -> p.contains("placeholder {tiny.min_cases} is not one of its @facts"));
    }

    @Test
    void ruleIdsAreUnique() {
        Path dir = TestPacks.tiny(tmp);
        // tiny.quiet has no @id, so its id is its name, which this @id then repeats
        TestPacks.edit(dir, DRL, "@id(\"tiny.busy\")", "@id(\"tiny.quiet\")");
        // The second rule starts at line 26, column 1: the column counts from 1, as in every other diagnostic.
        assertThat(problems(dir)).contains("tiny/" + DRL + ":26:1: DUPLICATE_RULE_ID: rule id 'tiny.quiet' is already used at tiny/" + DRL + ":9");
    }

    @Test
    void anIdGivenApartFromTheNameWins() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, DRL, "@id(\"tiny.busy\")", "@id(\"tiny.many_cases\")");
        RulePack p = PackLoader.directory(dir);
        assertThat(RuleCompiler.compile(List.of(p), p.parameters(), true).descriptions()).extracting("id")
                .containsExactly("tiny.quiet", "tiny.many_cases");
    }

    @Test
    void aRuleNameThatIsNoIdNeedsAnId() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, DRL, "rule \"tiny.quiet\"", "rule \"Tiny quiet\"");
        assertThat(problems(dir)).containsExactly("tiny/" + DRL + ":9:1: RULE_METADATA: rule name 'Tiny quiet' must be dotted lower-case"
                + " words, e.g. capacity.no_team (the id is the rule name unless @id gives one)");
    }

    /** The tiny pack with phases: the caseload test in "screen", the default in "suitable", listed in the given order. */
    private Path phased(String phases) {
        Path dir = TestPacks.tiny(tmp.resolve(phases.replaceAll("\\W", "")));
        TestPacks.edit(dir, "pack.yaml", "catalog: matters.csv", "catalog: matters.csv\nphases: " + phases);
        TestPacks.edit(dir, DRL, "    salience 10\n", "    ruleflow-group \"screen\"\n");
        TestPacks.edit(dir, DRL, "    @explain_en(\"suitable\")\n", "    @explain_en(\"suitable\")\n    ruleflow-group \"suitable\"\n");
        return dir;
    }

    @Test
    void phasesRunInTheOrderThePackListsThem() {
        DecisionRequest few = DecisionRequest.of(TestPacks.town(), TestPacks.cases(5), LocalDate.of(2024, 1, 1));
        PolicyEngine screenFirst = PolicyEngine.builder().packDirectory(phased("[screen, suitable]")).build();
        assertThat(screenFirst.decide(few).rulesFired()).containsExactly("tiny.quiet");
        // listed the other way, the default fires before the caseload test can stop it
        PolicyEngine suitableFirst = PolicyEngine.builder().packDirectory(phased("[suitable, screen]")).build();
        assertThat(suitableFirst.decide(few).rulesFired()).containsExactly("tiny.busy", "tiny.quiet");
    }

    @Test
    void aRuleJoinsOnlyAPhaseItsPacksDeclare() {
        Path dir = phased("[screen, suitable]");
        TestPacks.edit(dir, DRL, "ruleflow-group \"suitable\"", "ruleflow-group \"late\"");
        assertThat(problems(dir)).containsExactly("tiny/" + DRL + ":26:1: RULE_PHASE: rule 'tiny.busy' is in phase 'late', which neither"
                + " pack 'tiny' nor a pack it depends on lists under phases: in pack.yaml [screen, suitable]");
        TestPacks.edit(dir, DRL, "    ruleflow-group \"late\"\n", "");
        assertThat(problems(dir)).containsExactly("tiny/" + DRL + ":26:1: RULE_PHASE: rule 'tiny.busy' needs a phase,"
                + " ruleflow-group \"…\", one of [screen, suitable]");
    }

    @Test
    void theFolderMustMatchThePackage() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, DRL, "package dev.devolve.test;", "package dev.devolve.other;");
        assertThat(problems(dir)).anyMatch(p -> p.contains("PACKAGE_PATH") && p.contains("dev/devolve/other/"));
    }

    @Test
    void requiresMustBeWellFormed() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, DRL, "@requires(\"matter.annualCases >= tiny.min_cases\")", "@requires(\"matter.annualCases at least tiny.min_cases\")");
        assertThat(problems(dir)).anyMatch(p -> p.contains("@requires: expected 'fact operator operand'"));
    }
}
