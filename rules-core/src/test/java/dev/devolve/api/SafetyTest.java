package dev.devolve.api;

import dev.devolve.output.AssessmentJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devolve.TestPacks;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.result.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Termination, hot reload and the decision log. */
class SafetyTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);
    private static final String LOOP = """
            package dev.devolve.test;

            import dev.devolve.model.Matter;
            import dev.devolve.model.MissingFact;

            rule "tiny.loop"
                @id("tiny.loop") @label_zh("循环") @label_en("loop") @cite("OPINIONS2017 §5") @explain_zh("循环") @explain_en("loop")
            when
                $m : Matter(annualCases != null, annualCases.intValue() == 7)
                $f : MissingFact(matterCode == $m.code)
            then
                insert(new MissingFact($m, "x"));
            end

            rule "tiny.seed"
                @id("tiny.seed") @label_zh("种子") @label_en("seed") @cite("OPINIONS2017 §5") @explain_zh("种子") @explain_en("seed")
            when
                $m : Matter(annualCases != null, annualCases.intValue() == 7)
            then
                insert(new MissingFact($m, "x"));
            end
            """;

    @TempDir
    Path tmp;

    private final Township town = TestPacks.town();

    private static Matter cases(int n) {
        return TestPacks.cases(n);
    }

    @Test
    void aLoopingRuleEndsAtTheFiringLimitAndTheEngineStaysHealthy() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.write(dir, "dev/devolve/test/loop.drl", LOOP);
        PolicyEngine engine = PolicyEngine.builder().packDirectory(dir).maxFiringsPerSession(500).build();
        Decision looping = engine.decide(DecisionRequest.of(town, cases(7), DAY));
        assertThat(looping.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("RULE_FIRING_LIMIT");
            assertThat(d.message()).containsPattern("reached the cap of 500 rule firings per session; the rules firing most were tiny.loop ×5\\d\\d");
        });
        assertThat(looping.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(looping.error()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("RULE_FIRING_LIMIT"));
        assertThat(looping.explanation().rules()).hasSize(50);
        Decision next = engine.decide(DecisionRequest.of(town, cases(30), DAY));
        assertThat(next.diagnostics()).isEmpty();
        assertThat(next.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aLoopingRuleEndsWithinTheTimeoutAndTheNextDecisionSucceeds() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.write(dir, "dev/devolve/test/loop.drl", LOOP);
        PolicyEngine engine = PolicyEngine.builder().packDirectory(dir).maxFiringsPerSession(Integer.MAX_VALUE)
                .maxInsertsPerSession(Integer.MAX_VALUE).timeout(Duration.ofMillis(300)).build();
        long start = System.nanoTime();
        Decision looping = engine.decide(DecisionRequest.of(town, cases(7), DAY));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(3_000);
        assertThat(looping.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(looping.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("RULE_TIMEOUT");
            assertThat(d.message()).contains("the deadline of 300 ms passed").contains("tiny.loop");
        });
        Decision next = engine.decide(DecisionRequest.of(town, cases(30), DAY));
        assertThat(next.diagnostics()).isEmpty();
        assertThat(next.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aReloadSwapsInTheNewVersionAndAFailedOneKeepsTheOld() {
        Path dir = TestPacks.tiny(tmp);
        ReloadingEngine engine = ReloadingEngine.of(() -> PolicyEngine.builder().packDirectory(dir).build());
        String firstHash = engine.current().packs().get(0).contentHash();
        assertThat(engine.decide(DecisionRequest.of(town, cases(15), DAY)).outcome()).isEqualTo(Outcome.RETAIN);

        TestPacks.edit(dir, "parameters.yaml", "value: 20", "value: 12");
        TestPacks.edit(dir, "pack.yaml", "version: 0.0.1", "version: 0.0.2");
        ReloadResult ok = engine.reload();
        assertThat(ok.loaded()).isTrue();
        Decision after = engine.decide(DecisionRequest.of(town, cases(15), DAY));
        assertThat(after.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(after.packs()).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo("0.0.2");
            assertThat(p.contentHash()).isNotEqualTo(firstHash);
        });

        TestPacks.edit(dir, "dev/devolve/test/tiny.drl", "then\n    insert(new OutcomeFinding($m, Outcome.RETAIN));", "then\n    insert(new OutcomeFinding($m, Outcome.RETAN));");
        ReloadResult broken = engine.reload();
        assertThat(broken.loaded()).isFalse();
        assertThat(broken.diagnostics()).anySatisfy(d -> assertThat(d.location()).hasValueSatisfying(l -> assertThat(l.file()).isEqualTo("tiny/dev/devolve/test/tiny.drl")));
        assertThat(broken.serving()).singleElement().satisfies(p -> assertThat(p.version()).isEqualTo("0.0.2"));
        assertThat(engine.decide(DecisionRequest.of(town, cases(15), DAY)).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void watchingReloadsWhenAFileChanges() throws Exception {
        Path dir = TestPacks.tiny(tmp);
        BlockingQueue<ReloadResult> results = new ArrayBlockingQueue<>(10);
        try (ReloadingEngine engine = ReloadingEngine.of(() -> PolicyEngine.builder().packDirectory(dir).build())) {
            engine.watch(List.of(dir), results::add);
            TestPacks.edit(dir, "pack.yaml", "version: 0.0.1", "version: 0.0.3");
            ReloadResult r = results.poll(20, TimeUnit.SECONDS);
            assertThat(r).isNotNull();
            assertThat(r.loaded()).isTrue();
            assertThat(engine.current().packs().get(0).version()).isEqualTo("0.0.3");
        }
    }

    @Test
    void theDecisionLogRecordsEveryDecisionWithItsInputsHashAndPacks() throws IOException {
        Path log = tmp.resolve("log/decisions.jsonl");
        PolicyEngine engine;
        try (JsonlDecisionLog sink = new JsonlDecisionLog(log)) {
            engine = PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp)).listener(sink).build();
            engine.decide(DecisionRequest.of(town, cases(15), DAY));
            engine.decide(DecisionRequest.of(town, cases(15), DAY));
            engine.decide(DecisionRequest.of(town, cases(16), DAY));
            engine.assess(town, DAY);
        }
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(3 + 2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("inputsHash").asText()).hasSize(64).isEqualTo(json.readTree(lines.get(1)).get("inputsHash").asText())
                .isNotEqualTo(json.readTree(lines.get(2)).get("inputsHash").asText());
        assertThat(first.at("/packs/0/id").asText()).isEqualTo("tiny");
        assertThat(first.at("/decision/schema").asText()).isEqualTo("devolve.decision/1");
        assertThat(first.at("/decision/explanation/summary/en").asText()).isEqualTo("RETAIN: 15 is below 20");
    }

    @Test
    void aFailingListenerFailsTheCallSoNoDecisionEscapesTheLog() {
        PolicyEngine engine = PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp))
                .listener(r -> {
                    throw new IllegalStateException("log unavailable");
                }).build();
        assertThatThrownBy(() -> engine.decide(DecisionRequest.of(town, cases(15), DAY))).hasMessage("log unavailable");
    }

    @Test
    void theSameInputAndPacksGiveByteIdenticalJson() {
        Path dir = TestPacks.tiny(tmp);
        String a = AssessmentJson.toJson(PolicyEngine.builder().packDirectory(dir).build().assess(town, DAY));
        String b = AssessmentJson.toJson(PolicyEngine.builder().packDirectory(dir).build().assess(town, DAY));
        assertThat(a).isEqualTo(b);
    }
}
