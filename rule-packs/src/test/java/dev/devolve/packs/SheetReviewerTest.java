package dev.devolve.packs;

import dev.devolve.api.PolicyEngine;
import dev.devolve.error.InputException;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.model.UsageFinding;
import dev.devolve.review.CsvSheetWriter;
import dev.devolve.output.report.JsonSheetWriter;
import dev.devolve.review.ReviewSummary;
import dev.devolve.review.SheetReviewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** A usage sheet reviewed row by row with the national, review and Zhejiang packs, and written as CSV and JSON. */
class SheetReviewerTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    private static final String HEADER = "township,matter,from,to,cases,reversals,lastEvaluated\n";

    private static PolicyEngine engine;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        engine = PolicyEngine.builder().pack("national").pack("review").pack("zhejiang").build();
    }

    private Path sheet(String rows) throws IOException {
        Path p = tmp.resolve("usage.csv");
        Files.writeString(p, HEADER + rows, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void reviewsEveryRowInOrderAndSummarises() throws IOException {
        // 横村镇 holds UM-001 and UM-002 by the Zhejiang list; two yearly periods of UM-002 that touch but do not overlap.
        Path s = sheet("""
                330122102,UM-001,2023-01-01,2024-12-31,3,0,2024-06-30
                330122102,UM-002,2023-01-01,2023-12-31,30,0,2024-06-30
                330122102,UM-002,2024-01-01,2024-12-31,30,5,
                330122101,UM-001,2023-01-01,2024-12-31,9,0,2024-06-30
                """);
        SheetReviewer reviewer = SheetReviewer.of(engine, AS_OF);
        assertThat(reviewer.check(s)).isEqualTo(4);
        List<SheetReviewer.Reviewed> rows = new ArrayList<>();
        ReviewSummary summary = reviewer.review(s, rows::add);
        assertThat(rows).extracting(r -> r.row().location().line()).containsExactly(2, 3, 4, 5);
        assertThat(rows).extracting(r -> r.review().outcome()).containsExactly(ReviewOutcome.RECALL, ReviewOutcome.KEEP,
                ReviewOutcome.STRENGTHEN, ReviewOutcome.RECALL);
        assertThat(summary.rows()).isEqualTo(4);
        assertThat(summary.byOutcome()).containsExactly(entry(ReviewOutcome.RECALL, 2), entry(ReviewOutcome.STRENGTHEN, 1),
                entry(ReviewOutcome.KEEP, 1));
        assertThat(summary.byReason().get(ReviewOutcome.RECALL)).containsExactly(entry("review.not_held", 1),
                entry("review.rarely_exercised", 1));
        assertThat(summary.byKind()).containsOnlyKeys("TOWN");
        assertThat(summary.byField()).containsOnlyKeys("URBAN_MANAGEMENT");
        assertThat(summary.notHeld()).isEqualTo(1);
        assertThat(summary.overdue()).containsExactly(new ReviewSummary.Overdue("330122102", "横村镇", "TOWN", 1));
        assertThat(rows.get(3).review().findings()).containsExactly(UsageFinding.Kind.POWER_NOT_HELD);
        // On several threads the rows come in the same order with the same reviews.
        List<SheetReviewer.Reviewed> parallel = new ArrayList<>();
        ReviewSummary again = reviewer.threads(3).review(s, parallel::add);
        assertThat(parallel).extracting(r -> r.row().location().line()).containsExactly(2, 3, 4, 5);
        assertThat(parallel).extracting(r -> r.review().explanation().summaryEn())
                .containsExactlyElementsOf(rows.stream().map(r -> r.review().explanation().summaryEn()).toList());
        assertThat(again.toDocument()).isEqualTo(summary.toDocument());
    }

    @Test
    void anOverlappingPeriodNamesBothRowsBeforeAnythingIsReviewed() throws IOException {
        Path s = sheet("""
                330122102,UM-002,2023-01-01,2023-12-31,30,0,
                330122102,UM-001,2023-01-01,2023-12-31,30,0,
                330122102,UM-002,2023-12-31,2024-12-31,30,0,
                """);
        List<SheetReviewer.Reviewed> rows = new ArrayList<>();
        assertThatThrownBy(() -> SheetReviewer.of(engine, AS_OF).review(s, rows::add))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).code()).isEqualTo("USAGE_OVERLAP"))
                .hasMessageContaining("usage.csv:4: township 330122102, matter UM-002: the period 2023-12-31..2024-12-31 overlaps "
                        + "2023-01-01..2023-12-31 of the row at ");
        assertThat(rows).isEmpty();
    }

    @Test
    void aSheetNeedsItsColumnsAndKnownCodes() throws IOException {
        Path missing = tmp.resolve("bad.csv");
        Files.writeString(missing, "township,matter,from,to,count\n");
        assertThatThrownBy(() -> SheetReviewer.of(engine, AS_OF).check(missing)).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.csv:1:5: unknown column 'count'");
        Path noCases = sheet("330122102,UM-001,2023-01-01,2024-12-31,,0,\n");
        assertThatThrownBy(() -> SheetReviewer.of(engine, AS_OF).check(noCases)).hasMessageContaining("usage.csv:2:5: cases: is required");
        Path text = tmp.resolve("usage.txt");
        Files.writeString(text, HEADER);
        assertThatThrownBy(() -> SheetReviewer.of(engine, AS_OF).check(text)).hasMessageContaining("a usage sheet is a .csv or .xlsx file");
    }

    @Test
    void csvAndJsonWritersCarryEveryRowThenTheSummary() throws IOException {
        Path s = sheet("330122102,UM-001,2023-01-01,2024-12-31,3,0,2024-06-30\n");
        StringWriter csv = new StringWriter();
        StringWriter json = new StringWriter();
        CsvSheetWriter c = new CsvSheetWriter(csv);
        JsonSheetWriter j = new JsonSheetWriter(json, "usage.csv", AS_OF);
        ReviewSummary summary = SheetReviewer.of(engine, AS_OF).review(s, r -> {
            try {
                c.row(r);
                j.row(r);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        c.finish(summary);
        j.finish(summary);
        assertThat(csv.toString().lines()).hasSize(5).element(2).asString().startsWith("by_reason,");
        assertThat(json.toString()).startsWith("{\"schema\":\"devolve.review-sheet/1\",\"sheet\":\"usage.csv\",\"asOf\":\"2025-03-01\",\"reviews\":[\n{\"row\":")
                .contains("\"outcome\":\"RECALL\"").endsWith("\"overdue\":[]}}\n");
    }
}
