package dev.devolve.api;

import dev.devolve.TestPacks;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.result.Decision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four threads decide without pause while the pack is reloaded 50 times, every fifth reload broken
 * on purpose. Run with {@code mvn -B -Psoak -pl rules-core -am verify}.
 */
@Tag("soak")
class ReloadSoakTest {

    @TempDir
    Path tmp;

    @Test
    void decisionsNeverFailAndEachComesFromExactlyOnePackVersion() throws Exception {
        Path dir = TestPacks.tiny(tmp);
        // Version 1.0.N uses threshold 10 when N is odd and 20 when it is even: 15 cases is ELIGIBLE
        // under one and RETAIN under the other, so each decision shows which version made it.
        Map<String, Outcome> expected = new ConcurrentHashMap<>();
        setVersion(dir, 0);
        expected.put("1.0.0", Outcome.RETAIN);
        ReloadingEngine engine = ReloadingEngine.of(() -> PolicyEngine.builder().packDirectory(dir).build());
        Township town = Township.builder().code("410122101").build();
        Matter matter = Matter.builder().code("X").category(MatterCategory.PENALTY).annualCases(new BigDecimal("15")).build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong decisions = new AtomicLong();
        List<String> problems = new CopyOnWriteArrayList<>();
        List<Thread> deciders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    try {
                        Decision d = engine.decide(DecisionRequest.of(town, matter, LocalDate.of(2024, 1, 1)));
                        decisions.incrementAndGet();
                        if (d.packs().size() != 1) {
                            problems.add("packs " + d.packs());
                            continue;
                        }
                        Outcome want = expected.get(d.packs().get(0).version());
                        if (want == null || want != d.outcome() || !d.diagnostics().isEmpty()) {
                            problems.add("version " + d.packs().get(0).version() + " gave " + d.outcome() + " " + d.diagnostics());
                        }
                    } catch (RuntimeException e) {
                        problems.add(e.toString());
                    }
                }
            });
            deciders.add(t);
            t.start();
        }
        int loaded = 0;
        int refused = 0;
        long start = System.nanoTime();
        for (int n = 1; n <= 50; n++) {
            if (n % 5 == 0) {
                TestPacks.edit(dir, "dev/devolve/test/tiny.drl", "Outcome.RETAIN)", "Outcome.RETAINED)");
                assertThat(engine.reload().loaded()).isFalse();
                TestPacks.edit(dir, "dev/devolve/test/tiny.drl", "Outcome.RETAINED)", "Outcome.RETAIN)");
                refused++;
            } else {
                setVersion(dir, n);
                expected.put("1.0." + n, n % 2 == 1 ? Outcome.ELIGIBLE : Outcome.RETAIN);
                assertThat(engine.reload().loaded()).isTrue();
                loaded++;
            }
        }
        running.set(false);
        for (Thread t : deciders) {
            t.join();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("soak: %d reloads (%d loaded, %d refused) in %d ms; %d decisions on 4 threads; %d problems%n",
                loaded + refused, loaded, refused, millis, decisions.get(), problems.size());
        assertThat(problems).isEmpty();
        assertThat(decisions.get()).isPositive();
    }

    private static void setVersion(Path dir, int n) {
        TestPacks.write(dir, "pack.yaml", """
                id: tiny
                version: 1.0.%d
                title:
                  zh: 测试规则包
                  en: Test pack
                jurisdiction: CN
                effective:
                  from: 2020-01-01
                catalog: matters.csv
                """.formatted(n));
        TestPacks.write(dir, "parameters.yaml", """
                tiny.min_cases:
                  type: NUMBER
                  description: {zh: 最少案件数, en: Minimum cases}
                  values:
                    - since: 2020-01-01
                      value: %d
                      note: "soak version %d"
                      status: modelled
                """.formatted(n % 2 == 1 ? 10 : 20, n));
    }
}
