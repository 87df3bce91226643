package dev.devolve.examples.embedding;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the example as part of the build, so it never goes stale. */
class EmbeddingExampleTest {

    @Test
    void theExampleRunsAndShowsBothOutcomes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Before the provincial decision takes effect: ELIGIBLE / ENTRUST");
        assertThat(out).contains("to change: province.decisionDate 2025-03-01 > 2024-03-01 (needs <= 2024-03-01)");
        assertThat(out).contains("With the provincial decision in force: DELEGATE / HANDOVER");
        assertThat(out).contains("citations: [豫政〔2025〕15号");
        assertThat(out).contains("With a province context given inline: DELEGATE / DIRECT");
        assertThat(out).containsPattern("Whole catalog: 80 matters, \\d+ eligible");
    }
}
