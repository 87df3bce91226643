package dev.devolve.hostile;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.model.Township;
import dev.devolve.model.Usage;
import dev.devolve.result.Review;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile packs that attack the review session, which only a review reaches: each folder under
 * {@code src/test/resources/hostile-review/} is a pack beside the reference review pack, with an
 * {@code expect.txt} of {@code error CODE}. Reviewing a usage returns within 2 s with outcome ERROR
 * and a diagnostic of that code, twice (the engine is left healthy), and nothing is decided.
 */
class ReviewContainmentTest {

    private static final Path REFERENCE = Path.of("../rule-packs/src/main/resources/devolve/packs");
    private static final Usage USAGE = Usage.builder().from(LocalDate.of(2023, 1, 1)).to(LocalDate.of(2024, 12, 31)).cases(40)
            .reversals(2).build();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(ReviewContainmentTest.class.getResource("/hostile-review").toURI());
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isCutShort(Path pack) throws Exception {
        String[] expect = Files.readString(pack.resolve("expect.txt"), StandardCharsets.UTF_8).trim().split("\\s+");
        assertThat(expect).as("expect.txt of " + pack).hasSize(2).startsWith("error");
        PolicyEngine engine = PolicyEngine.builder().packDirectory(REFERENCE.resolve("national")).packDirectory(REFERENCE.resolve("review"))
                .packDirectory(pack).timeout(Duration.ofSeconds(1)).maxInsertsPerSession(5_000).build();
        DecisionRequest request = DecisionRequest.of(Township.builder().code("330122101").build(), engine.matter("A").orElseThrow(),
                LocalDate.of(2025, 3, 1));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 2; i++) {
                Review r = runner.submit(() -> engine.review(request, USAGE)).get(2, TimeUnit.SECONDS);
                assertThat(r.outcome()).isEqualTo(ReviewOutcome.ERROR);
                assertThat(r.error()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo(expect[1]));
                assertThat(r.obligations()).isEmpty();
                assertThat(r.findings()).isEmpty();
                assertThat(r.missing()).isEmpty();
            }
        } finally {
            runner.shutdownNow();
        }
    }
}
