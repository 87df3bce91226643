package dev.devolve.api;

import dev.devolve.output.DecisionJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devolve.TestPacks;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.result.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Decisions cut short at run time: each is an ERROR naming the rule, never an ordinary outcome. */
class ContainmentTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);
    private static final String HEADER = """
            package dev.devolve.test;

            import dev.devolve.model.*;
            import java.math.BigDecimal;
            import java.math.BigInteger;
            """;

    @TempDir
    Path tmp;

    private final Township town = TestPacks.town();
    private int packs;

    private static String rule(String id, String when, String then) {
        return "\nrule \"" + id + "\"\n    @id(\"" + id + "\") @label_zh(\"测试\") @label_en(\"test\") @cite(\"OPINIONS2017 §5\")"
                + " @explain_zh(\"测试\") @explain_en(\"test\")\nwhen\n" + when + "\nthen\n" + then + "\nend\n";
    }

    /**
     * A trusted engine: these rules are what the static checks of packs refuse, and containment at
     * run time is the line that holds for trusted packs too.
     */
    private PolicyEngine engine(String drl, Duration timeout) {
        Path dir = TestPacks.tiny(tmp.resolve("p" + packs++));
        TestPacks.write(dir, "dev/devolve/test/extra.drl", HEADER + drl);
        return PolicyEngine.builder().packDirectory(dir).timeout(timeout).trusted().build();
    }

    @Test
    void aRuleThatThrowsInAConsequenceCutsTheDecisionShortAndNamesTheRule() throws Exception {
        PolicyEngine engine = engine(rule("tiny.divide", "    $m : Matter(annualCases != null)",
                "    insert(new OutcomeFinding($m, BigDecimal.ONE.divide(BigDecimal.ZERO).signum() > 0 ? Outcome.RETAIN : Outcome.DELEGATE));"),
                Duration.ofSeconds(5));
        Decision d = engine.decide(DecisionRequest.of(town, TestPacks.cases(30), DAY));
        assertThat(d.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(d.isError()).isTrue();
        assertThat(d.error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("RULE_ERROR");
            assertThat(e.message()).startsWith("rule 'tiny.divide' failed: ArithmeticException: Division by zero");
            assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.file()).isEqualTo("tiny/dev/devolve/test/extra.drl"));
        });
        assertThat(d.mode()).isEmpty();
        assertThat(d.citations()).isEmpty();
        assertThat(d.explanation().toChange()).isEmpty();
        assertThat(d.explanation().summaryEn()).startsWith("ERROR: the decision was cut short (RULE_ERROR)");
        JsonNode json = new ObjectMapper().readTree(DecisionJson.toJson(d));
        assertThat(json.at("/outcome").asText()).isEqualTo("ERROR");
        assertThat(json.at("/error/code").asText()).isEqualTo("RULE_ERROR");
        assertThat(json.at("/error/location/file").asText()).isEqualTo("tiny/dev/devolve/test/extra.drl");
        assertThat(json.at("/error/location/line").asInt()).isPositive();
        Decision fine = engine(rule("tiny.fine", "    $m : Matter(annualCases != null)", "    insert(new MissingFact($m, \"matter.spread\"));"),
                Duration.ofSeconds(5)).decide(DecisionRequest.of(town, TestPacks.cases(30), DAY));
        assertThat(new ObjectMapper().readTree(DecisionJson.toJson(fine)).get("error").isNull()).isTrue();
        assertThat(fine.error()).isEmpty();
    }

    @Test
    void aRuleThatThrowsInAConditionIsReportedAsSuch() {
        PolicyEngine engine = engine(rule("tiny.bad_condition",
                "    $m : Matter(annualCases != null, annualCases.divide(BigDecimal.ZERO).signum() > 0)",
                "    insert(new OutcomeFinding($m, Outcome.RETAIN));"), Duration.ofSeconds(5));
        Decision d = engine.decide(DecisionRequest.of(town, TestPacks.cases(30), DAY));
        assertThat(d.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(d.error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("RULE_ERROR");
            assertThat(e.message()).startsWith("the condition of rule 'tiny.bad_condition' failed: ArithmeticException");
            assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.file()).isEqualTo("tiny/dev/devolve/test/extra.drl"));
        });
    }

    @Test
    void aRuleCannotProposeTheErrorOutcome() {
        PolicyEngine engine = engine(rule("tiny.claims_error", "    $m : Matter(annualCases != null)",
                "    insert(new OutcomeFinding($m, Outcome.ERROR));"), Duration.ofSeconds(5));
        Decision d = engine.decide(DecisionRequest.of(town, TestPacks.cases(30), DAY));
        // It is cut short for trying, and says so: the ERROR is the engine's, with the rule's failure as cause.
        assertThat(d.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(d.error()).hasValueSatisfying(e -> assertThat(e.message())
                .contains("tiny.claims_error").contains("a rule cannot propose the outcome ERROR"));
    }

    @Test
    void aRuleInsertingAnInputFactIsCutShortEvenWhenTheLinterIsSkipped() {
        for (String forged : List.of("new ProvinceStatus($m.getCode(), ProvinceContext.published(java.time.LocalDate.of(2020, 1, 1), "
                + "java.util.Set.of(TownshipKind.TOWN)), java.time.LocalDate.of(2024, 1, 1))", "new Param(\"tiny.min_cases\", BigDecimal.ONE, "
                + "java.time.LocalDate.of(2020, 1, 1), new Provenance(java.util.Optional.empty(), java.util.Optional.of(\"forged\"), "
                + "Provenance.Status.MODELLED, java.util.Optional.empty()))", "new AsOf(java.time.LocalDate.of(2030, 1, 1))", "$m.toBuilder().code(\"Y\").build()")) {
            PolicyEngine engine = engine(rule("tiny.forges", "    $m : Matter(annualCases != null)", "    insert(" + forged + ");"),
                    Duration.ofSeconds(5));
            Decision d = engine.decide(DecisionRequest.of(town, TestPacks.cases(30), DAY));
            assertThat(d.outcome()).as(forged).isEqualTo(Outcome.ERROR);
            assertThat(d.error()).as(forged).hasValueSatisfying(e -> {
                assertThat(e.code()).isEqualTo("RULE_FORBIDDEN_FACT");
                assertThat(e.message()).startsWith("rule 'tiny.forges' inserted a ").contains("rules insert only findings");
                assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.file()).isEqualTo("tiny/dev/devolve/test/extra.drl"));
            });
        }
    }

    @Test
    void aFactThatDoublesEachFiringStopsAtTheInsertCap() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.write(dir, "dev/devolve/test/extra.drl", HEADER + rule("tiny.seed", "    $m : Matter(annualCases != null)",
                "    insert(new MissingFact($m, \"a\"));") + rule("tiny.double", "    $m : Matter()\n    $f : MissingFact(matterCode == $m.code)",
                "    insert(new MissingFact($m, $f.getPath() + \"a\"));\n    insert(new MissingFact($m, $f.getPath() + \"b\"));"));
        PolicyEngine engine = PolicyEngine.builder().packDirectory(dir).maxInsertsPerSession(1_000).trusted().build();
        Decision d = engine.decide(DecisionRequest.of(town, TestPacks.cases(30), DAY));
        assertThat(d.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(d.missing()).isEmpty();
        assertThat(d.error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("RULE_INSERT_LIMIT");
            assertThat(e.message()).startsWith("rule 'tiny.double' inserted fact number 1001; the cap is 1000 per session");
        });
        assertThat(engine.decide(DecisionRequest.of(town, TestPacks.cases(3), DAY)).outcome()).isEqualTo(Outcome.ERROR);
    }

    @Test
    void aRuleThatBlocksIsEndedByTheWatchdogAndBlamed() {
        PolicyEngine engine = engine(rule("tiny.sleeps", "    $m : Matter(annualCases != null)",
                "    Thread.sleep(60_000);\n    insert(new OutcomeFinding($m, Outcome.RETAIN));"), Duration.ofMillis(300));
        long start = System.nanoTime();
        Decision d = engine.decide(DecisionRequest.of(town, TestPacks.cases(30), DAY));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(d.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(d.error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("RULE_TIMEOUT");
            assertThat(e.message()).startsWith("the deadline of 300 ms passed while rule 'tiny.sleeps' was firing");
            assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.file()).isEqualTo("tiny/dev/devolve/test/extra.drl"));
        });
        assertThat(Thread.currentThread().isInterrupted()).as("the watchdog's interrupt does not leak to the caller").isFalse();
        assertThat(engine.decide(DecisionRequest.of(town, TestPacks.cases(3), DAY)).outcome()).isEqualTo(Outcome.ERROR);
    }

    @Test
    void aLongConsequenceEndsAtItsFirstInsertPastTheDeadline() {
        // One firing of 240 slow steps (2–40 ms each here), each followed by an insert: at least half a
        // second of work even on a machine several times faster, no loop.
        String steps = ("    if (BigInteger.valueOf(7).pow(80000).signum() > 0) { insert(new MissingFact($m, \"matter.spread\")); }\n").repeat(240);
        PolicyEngine engine = engine(rule("tiny.long", "    $m : Matter(annualCases != null)", steps), Duration.ofMillis(200));
        long start = System.nanoTime();
        Decision d = engine.decide(DecisionRequest.of(town, TestPacks.cases(30), DAY));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_500);
        assertThat(d.error()).hasValueSatisfying(e -> assertThat(e.message())
                .startsWith("the deadline of 200 ms passed while rule 'tiny.long' was firing"));
    }

    @Test
    void aSlowConditionIsBlamedOnConditionsNotOnARuleAndTheRealDurationIsGiven() {
        // One long computation in a condition cannot be interrupted: the decision ends when it does,
        // and the diagnostic says where the time went and how long it really took. It takes 80 ms or
        // more here, so that a faster machine still runs past the 10 ms deadline.
        PolicyEngine engine = engine(rule("tiny.slow_condition",
                "    $m : Matter(annualCases != null, BigDecimal.valueOf(3).pow(1600000).signum() > 0)",
                "    insert(new OutcomeFinding($m, Outcome.RETAIN));"), Duration.ofMillis(10));
        Decision d = engine.decide(DecisionRequest.of(town, TestPacks.cases(30), DAY));
        assertThat(d.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(d.error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("RULE_TIMEOUT");
            assertThat(e.message()).contains("the deadline of 10 ms passed while").contains("conditions").doesNotContain("rule '");
            assertThat(e.message()).containsPattern("the session ended after \\d{2,} ms");
        });
    }

    @Test
    void aFailingRuleIsLoggedOnceAtWarnWithoutAStackTrace() {
        PolicyEngine engine = engine(rule("tiny.divide", "    $m : Matter(annualCases != null)",
                "    insert(new OutcomeFinding($m, BigDecimal.ONE.divide(BigDecimal.ZERO).signum() > 0 ? Outcome.RETAIN : Outcome.DELEGATE));"),
                Duration.ofSeconds(5));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(engine.assess(town, DAY).decisions()).allMatch(Decision::isError);
            }
        } finally {
            System.setErr(err);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("tiny.divide") || l.startsWith("\tat ")).toList();
        assertThat(lines).singleElement().satisfies(l -> assertThat(l).contains("WARN").contains("rule 'tiny.divide' failed (ArithmeticException"));
    }
}
