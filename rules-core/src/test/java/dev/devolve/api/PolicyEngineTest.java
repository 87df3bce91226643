package dev.devolve.api;

import dev.devolve.output.DecisionJson;
import dev.devolve.TestPacks;
import dev.devolve.error.DecisionException;
import dev.devolve.error.Diagnostic;
import dev.devolve.error.PackBuildException;
import dev.devolve.location.SourceLocation;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import dev.devolve.result.FactValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyEngineTest {

    private static final String HEADER = """
            package dev.devolve.test;

            import dev.devolve.model.Matter;
            import dev.devolve.model.MissingFact;

            """;
    private static final String META = """
                @label_zh("测试") @label_en("test") @cite("OPINIONS2017 §5") @explain_zh("测试") @explain_en("test")
            """;

    @TempDir
    Path tmp;

    private final Township town = TestPacks.town();

    private static Matter cases(int n) {
        return TestPacks.cases(n);
    }

    @Test
    void parametersAreReadOnTheDecisionsDate() {
        PolicyEngine engine = PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp)).build();
        Decision before = engine.decide(DecisionRequest.of(town, cases(15), LocalDate.of(2022, 12, 31)));
        Decision after = engine.decide(DecisionRequest.of(town, cases(15), LocalDate.of(2023, 1, 1)));
        assertThat(before.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(after.outcome()).isEqualTo(Outcome.RETAIN);
        FactValue threshold = after.explanation().rules().get(0).facts().get(1);
        assertThat(threshold.path()).isEqualTo("tiny.min_cases");
        assertThat(threshold.display()).isEqualTo("20");
        assertThat(threshold.since()).contains(LocalDate.of(2023, 1, 1));
        assertThat(threshold.provenance().orElseThrow().note()).contains("test value, raised");
        assertThat(after.explanation().summaryEn()).isEqualTo("RETAIN: 15 is below 20");
    }

    @Test
    void aDateBeforeAnyParameterValueIsAnError() {
        PolicyEngine engine = PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp)).build();
        assertThatThrownBy(() -> engine.decide(DecisionRequest.of(town, cases(15), LocalDate.of(2019, 12, 31))))
                .isInstanceOf(DecisionException.class)
                .hasMessageContaining("parameter tiny.min_cases has no value on 2019-12-31; its first value is in force from 2020-01-01");
    }

    @Test
    void assessDecidesTheWholeCatalogInOrder() {
        PolicyEngine engine = PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp)).build();
        Assessment a = engine.assess(town, LocalDate.of(2024, 1, 1));
        assertThat(a.decisions()).extracting(d -> d.matter().getCode()).containsExactly("A", "B");
        assertThat(a.decisions()).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.RETAIN);
        assertThat(a.counts()).containsEntry(Outcome.ELIGIBLE, 1).containsEntry(Outcome.RETAIN, 1).containsEntry(Outcome.DELEGATE, 0);
    }

    @Test
    void anInlineMatterWithoutACodeIsDecided() {
        PolicyEngine engine = PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp)).build();
        Matter noCode = Matter.builder().annualCases(BigDecimal.ONE).build();
        Decision d = engine.decide(DecisionRequest.of(town, noCode, LocalDate.of(2024, 1, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.RETAIN);
        assertThat(d.matter().getCode()).isNull();
    }

    @Test
    void aFailingRuleGivesAnErrorOutcomeNotAnException() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.write(dir, "dev/devolve/test/boom.drl", HEADER + """
                rule "tiny.boom"
                    @id("tiny.boom")
                """ + META + """
                when
                    $m : Matter(annualCases != null, annualCases.intValue() == 13)
                then
                    throw new IllegalStateException("boom");
                end
                """);
        // The sandbox refuses 'new IllegalStateException': only a trusted pack can fail this way.
        PolicyEngine engine = PolicyEngine.builder().packDirectory(dir).trusted().build();
        Decision d = engine.decide(DecisionRequest.of(town, cases(13), LocalDate.of(2024, 1, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(d.error()).contains(d.diagnostics().get(0));
        assertThat(d.diagnostics()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("RULE_ERROR");
            assertThat(g.message()).contains("tiny.boom").contains("boom");
            assertThat(g.location()).contains(SourceLocation.of("tiny/dev/devolve/test/boom.drl", 6));
        });
    }

    @Test
    void withNoDecidingRuleTheCountyKeepsTheMatter() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, "dev/devolve/test/tiny.drl", "    $m : Matter()\n    not OutcomeFinding", "    $m : Matter(code == \"none\")\n    not OutcomeFinding");
        PolicyEngine engine = PolicyEngine.builder().packDirectory(dir).build();
        Decision d = engine.decide(DecisionRequest.of(town, cases(30), LocalDate.of(2024, 1, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.RETAIN);
        assertThat(d.diagnostics()).extracting(Diagnostic::code).containsExactly("NO_OUTCOME");
    }

    @Test
    void decisionsAreTheSameFromManyThreadsAndByteIdenticalAcrossEngines() {
        Path dir = TestPacks.tiny(tmp);
        PolicyEngine one = PolicyEngine.builder().packDirectory(dir).build();
        PolicyEngine two = PolicyEngine.builder().packDirectory(dir).build();
        List<String> sequential = IntStream.range(0, 200)
                .mapToObj(i -> DecisionJson.toJson(one.decide(DecisionRequest.of(town, cases(i % 40), LocalDate.of(2024, 1, 1))))).toList();
        List<String> parallel = IntStream.range(0, 200).parallel()
                .mapToObj(i -> DecisionJson.toJson(two.decide(DecisionRequest.of(town, cases(i % 40), LocalDate.of(2024, 1, 1))))).toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void aBrokenPackYieldsNoEngine() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, "dev/devolve/test/tiny.drl", "then\n    insert(new OutcomeFinding($m, Outcome.ELIGIBLE));", "then\n    insert(new OutcomeFinding($m, Outcome.ELIGIBL));");
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(dir).build())
                .isInstanceOf(PackBuildException.class)
                .hasMessageContaining("tiny/dev/devolve/test/tiny.drl");
    }

    @Test
    void aMissingDependencyIsNamed() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, "pack.yaml", "jurisdiction: CN", "jurisdiction: CN\ndependsOn: [nowhere]");
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(dir).build())
                .hasMessageContaining("pack 'tiny' depends on 'nowhere', which is neither given nor bundled");
    }
}
