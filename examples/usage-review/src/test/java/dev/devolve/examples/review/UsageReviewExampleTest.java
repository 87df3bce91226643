package dev.devolve.examples.review;

import dev.devolve.api.PolicyEngine;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.review.ReviewSummary;
import dev.devolve.review.SheetReviewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The shipped sheet is what the generator writes, and it reviews end to end. */
class UsageReviewExampleTest {

    private static final Path SHEET = Path.of("tonglu-usage.csv");

    @TempDir
    Path tmp;

    @Test
    void theShippedSheetIsTheGeneratorsOutput() throws IOException {
        Path fresh = tmp.resolve("fresh.csv");
        int rows = UsageSheetGenerator.write("330122", fresh, 0);
        assertThat(rows).isEqualTo(100);
        assertThat(Files.readString(fresh)).isEqualTo(Files.readString(SHEET));
    }

    @Test
    void theCountyReviewsEndToEnd() {
        PolicyEngine engine = PolicyEngine.builder().build();
        List<SheetReviewer.Reviewed> rows = new ArrayList<>();
        ReviewSummary s = SheetReviewer.of(engine, LocalDate.of(2025, 3, 1)).review(SHEET, rows::add);
        assertThat(s.rows()).isEqualTo(rows.size()).isEqualTo(100);
        assertThat(s.errors()).isZero();
        // The figures the README reports.
        assertThat(s.byOutcome()).containsExactly(entry(ReviewOutcome.RECALL, 34), entry(ReviewOutcome.STRENGTHEN, 8),
                entry(ReviewOutcome.KEEP, 58));
        assertThat(s.byReason().get(ReviewOutcome.RECALL)).containsExactly(entry("review.cannot_handle", 2),
                entry("review.never_exercised", 13), entry("review.not_held", 16), entry("review.rarely_exercised", 9));
        assertThat(s.notHeld()).isEqualTo(16);
        assertThat(s.overdue()).hasSize(6);
        // Every power not held was recalled by the province after the period began.
        assertThat(rows).filteredOn(r -> r.review().rulesFired().contains("review.not_held"))
                .allSatisfy(r -> assertThat(r.review().delegation().rulesFired()).contains("province.recalled"));
    }
}
