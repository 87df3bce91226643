package dev.devolve.internal.drools;

import dev.devolve.TestPacks;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.Param;
import dev.devolve.model.ProvinceContext;
import dev.devolve.pack.Citations;
import dev.devolve.pack.PackLoader;
import dev.devolve.pack.RulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions are reused between runs only when they ran to their end, and then start empty. */
class EvaluatorTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    @TempDir
    Path tmp;

    private static Evaluator.Case matter(String code, int cases) {
        Matter m = Matter.builder().code(code).category(MatterCategory.PENALTY).annualCases(BigDecimal.valueOf(cases)).build();
        return new Evaluator.Case(code, m, ProvinceContext.NONE);
    }

    private static List<String> fired(Map<String, Evaluator.Trace> traces, String key) {
        return traces.get(key).firings().stream().map(f -> f.rule().id() + " " + f.inserted()).toList();
    }

    @Test
    void aSessionThatRanToItsEndIsReusedEmptyAndOneCutShortIsDisposedOf() {
        RulePack pack = PackLoader.directory(TestPacks.tiny(tmp));
        List<Param> params = pack.parameters().values().stream()
                .map(p -> p.valueOn(DAY).map(v -> new Param(p.name(), v.value(), v.since(), v.provenance())).orElseThrow()).toList();
        // Each matter fires one rule; two matters reach the cap of two firings.
        Evaluator evaluator = new Evaluator(RuleCompiler.compile(List.of(pack), pack.parameters(), new Citations(pack.citations()), true), 2, 100, Duration.ofSeconds(5));

        Map<String, Evaluator.Trace> few = evaluator.run(TestPacks.town(), List.of(matter("X", 3)), DAY, params, List.of());
        assertThat(fired(few, "X")).singleElement().asString().startsWith("tiny.quiet ");
        assertThat(few.get("X").cutShort()).isEmpty();
        assertThat(evaluator.idleSessions()).isEqualTo(1);

        // The same session again: the RETAIN finding of the run before is gone, or tiny.busy would not fire.
        Map<String, Evaluator.Trace> many = evaluator.run(TestPacks.town(), List.of(matter("X", 3000)), DAY, params, List.of());
        assertThat(fired(many, "X")).singleElement().asString().startsWith("tiny.busy ");
        assertThat(evaluator.idleSessions()).isEqualTo(1);

        Map<String, Evaluator.Trace> capped = evaluator.run(TestPacks.town(), List.of(matter("X", 3), matter("Y", 3000)), DAY, params,
                List.of());
        assertThat(capped.get("X").cutShort()).hasValueSatisfying(d -> assertThat(d.code()).isEqualTo("RULE_FIRING_LIMIT"));
        assertThat(evaluator.idleSessions()).isZero();

        Map<String, Evaluator.Trace> after = evaluator.run(TestPacks.town(), List.of(matter("X", 3)), DAY, params, List.of());
        assertThat(fired(after, "X")).isEqualTo(fired(few, "X"));
        assertThat(after.get("X").cutShort()).isEmpty();
        assertThat(evaluator.idleSessions()).isEqualTo(1);
    }
}
