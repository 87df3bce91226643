package dev.devolve.cli;

import dev.devolve.cli.Cli.Result;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.devolve.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code devolve review}: a usage sheet reviewed row by row, its bad rows located, and the recalls written into the next pack version. */
class ReviewCommandTest {

    private static final Path ZHEJIANG = Path.of("../rule-packs/src/main/resources/devolve/packs/zhejiang");
    private static final String HEADER = "township,matter,from,to,cases,reversals,lastEvaluated\n";
    /**
     * 横村镇 holds UM-001 by the Zhejiang list and used it 3 times in two years (rarely); 富春江镇 has not passed its
     * capacity assessment (synthetic facts), so it holds none of the four powers reviewed for it.
     */
    private static final String ROWS = """
            330122102,UM-001,2023-01-01,2024-12-31,3,0,2024-06-30
            330122102,UM-002,2023-01-01,2024-12-31,60,1,2024-06-30
            330122101,UM-001,2023-01-01,2024-12-31,0,0,2024-06-30
            330122101,UM-005,2023-01-01,2024-12-31,40,0,
            """;

    @TempDir
    Path tmp;

    private Path sheet(String rows) throws IOException {
        return Cli.file(tmp, "usage.csv", HEADER + rows);
    }

    @Test
    void reviewsEachRowWithItsReasonsAndSummarises() throws IOException {
        Result r = run("review", "--usage", sheet(ROWS).toString(), "--as-of", "2025-03-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("330122102 横村镇 × UM-001 对占道经营的处罚: RECALL (review.rarely_exercised)")
                .contains("1.4979 a year, fewer than 2")
                .contains("330122102 横村镇 × UM-002 对擅自设置户外广告、招牌的处罚: KEEP (review.keep)")
                .contains("330122101 富春江镇 × UM-001 对占道经营的处罚: RECALL (review.not_held, review.never_exercised)")
                .contains("delegation RETAIN (capacity.not_assessed)")
                .contains("4 powers reviewed")
                .containsPattern("RECALL +3 +review.never_exercised 1, review.not_held 2, review.rarely_exercised 1")
                .containsPattern("KEEP +1 +review.keep 1")
                .contains("TOWN            RECALL 3, KEEP 1")
                .contains("URBAN_MANAGEMENT      RECALL 3, KEEP 1")
                .contains("does not hold (POWER_NOT_HELD): 2")
                .contains("Townships whose evaluation is overdue: 1\n  330122101 富春江镇 (TOWN): 1 powers");
    }

    @Test
    void writesCsvWithTheSummaryAsRecordsInTheSameColumns() throws IOException {
        Result r = run("review", "--usage", sheet(ROWS).toString(), "--as-of", "2025-03-01", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("record,row,township,townshipName,kind,matter,");
        assertThat(lines).filteredOn(l -> l.startsWith("review,")).hasSize(4);
        assertThat(lines).anyMatch(l -> l.startsWith("review,") && l.contains(",330122102,横村镇,TOWN,UM-001,")
                && l.contains(",731,3,0,1.4979,0.0000,2024-06-30,DELEGATE,RECALL,review.rarely_exercised,,,,APL2021 art.24,"));
        assertThat(lines).contains("by_reason,,,,,,,,,,,,,,,,,RECALL,review.not_held,,,,,,,2")
                .anyMatch(l -> l.startsWith("overdue,,330122101,富春江镇,TOWN,") && l.endsWith(",1"));
    }

    @Test
    void writesAWorkbookOfReviewsAndSummary() throws IOException {
        Path out = tmp.resolve("out/review.xlsx");
        Result r = run("review", "--usage", sheet(ROWS).toString(), "--as-of", "2025-03-01", "--format", "xlsx", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        try (Workbook book = WorkbookFactory.create(out.toFile())) {
            Sheet reviews = book.getSheet("reviews");
            assertThat(reviews.getLastRowNum()).isEqualTo(4);
            Row first = reviews.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("330122102");
            assertThat(first.getCell(13).getNumericCellValue()).isEqualTo(1.4979);
            assertThat(first.getCell(17).getStringCellValue()).isEqualTo("RECALL");
            assertThat(book.getSheet("summary").getRow(1).getCell(0).getStringCellValue()).isEqualTo("by_reason");
        }
        assertThat(run("review", "--usage", sheet(ROWS).toString(), "--format", "xlsx").code()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dates reversed            | 330122102,UM-001,2024-12-31,2023-01-01,3,0,  | usage.csv:3:4: to: the period ends (2023-01-01) before it starts (2024-12-31)",
        "negative cases            | 330122102,UM-001,2023-01-01,2024-12-31,-3,0, | usage.csv:3:5: cases: must be a whole number from 0",
        "fractional cases          | 330122102,UM-001,2023-01-01,2024-12-31,2.5,0, | usage.csv:3:5: cases: expected a whole number, found '2.5'",
        "more reversals than cases | 330122102,UM-001,2023-01-01,2024-12-31,3,4,  | usage.csv:3:6: reversals: 4 reversals is more than the 3 cases",
        "overlapping period        | 330122102,UM-002,2024-06-01,2025-01-31,3,0,  | usage.csv:3: township 330122102, matter UM-002: the period 2024-06-01..2025-01-31 overlaps 2023-01-01..2024-12-31",
        "unknown township          | 330199999,UM-001,2023-01-01,2024-12-31,3,0,  | usage.csv:3:1: township: ",
        "unknown matter            | 330122102,XX-999,2023-01-01,2024-12-31,3,0,  | usage.csv:3:2: matter: 'XX-999' is not in the catalog",
    })
    void badInputIsOneLocatedErrorAndNoOutput(String what, String row, String error) throws IOException {
        Path s = sheet("330122102,UM-002,2023-01-01,2024-12-31,60,1,2024-06-30\n" + row + "\n");
        Result r = run("review", "--usage", s.toString(), "--as-of", "2025-03-01");
        assertThat(r.code()).as(what).isEqualTo(1);
        assertThat(r.err()).as(what).contains(error);
        assertThat(r.out()).as(what).isEmpty();
    }

    @Test
    void aBadCellOfAWorkbookIsNamedBySheetRowAndColumn() throws IOException {
        Path book = tmp.resolve("usage.xlsx");
        try (Workbook w = WorkbookFactory.create(true); OutputStream out = Files.newOutputStream(book)) {
            Sheet s = w.createSheet("用量");
            String[][] cells = {{"township", "matter", "from", "to", "cases", "reversals"},
                {"330122102", "UM-001", "2023-01-01", "2024-12-31", "3", "0"},
                {"330122102", "UM-002", "2023-01-01", "2024-12-31", "3", "7"}};
            for (int i = 0; i < cells.length; i++) {
                Row row = s.createRow(i);
                for (int j = 0; j < cells[i].length; j++) {
                    row.createCell(j).setCellValue(cells[i][j]);
                }
            }
            w.write(out);
        }
        Result r = run("review", "--usage", book.toString(), "--as-of", "2025-03-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("usage.xlsx[用量]:3:6: reversals: 7 reversals is more than the 3 cases");
    }

    @Test
    void applyToWritesTheNextPackVersionAndDiffShowsTheTransitionAndTheMoney() throws IOException {
        Path next = tmp.resolve("zhejiang-next");
        Result r = run("review", "--usage", sheet(ROWS).toString(), "--as-of", "2025-03-01", "--apply-to", ZHEJIANG.toString(),
                "--out", next.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("version 1.1.0 with 1 powers recalled from their townships");
        assertThat(Files.readString(next.resolve("recalls.csv")))
                .isEqualTo("township,matter,recalledOn,basis\n330122102,UM-001,2025-03-01,赋权事项评估 2025-03-01 (usage.csv)\n");
        assertThat(Files.readString(next.resolve("province.yaml"))).endsWith("recalls: recalls.csv\n");
        assertThat(Files.readString(next.resolve("pack.yaml"))).contains("version: 1.1.0");

        Path codes = Cli.file(tmp, "codes.txt", "330122101\n330122102\n");
        Result diff = run("diff", "--base", ZHEJIANG.toString(), "--head", next.toString(), "--townships", codes.toString(),
                "--as-of", "2025-03-01");
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("DELEGATE → RETAIN: 1 township×matter pairs").contains("by matter:   UM-001 1")
                .containsPattern("County transfers: [\\d,.]+ → [\\d,.]+ yuan a year \\(-[\\d,.]+\\)");
        // The recall cites the review beside the provincial decision.
        Result decided = run("decide", "--township", "330122102", "--matter", "UM-001", "--as-of", "2025-03-01", "--packs",
                next.toString(), "--format", "json");
        assertThat(decided.out()).contains("\"outcome\" : \"RETAIN\"").contains("浙政办发〔2021〕51号; 赋权事项评估 2025-03-01 (usage.csv)");
        // Reviewing again from the new version recalls nothing more: the power is no longer held.
        Result again = run("review", "--usage", sheet(ROWS).toString(), "--as-of", "2025-03-01", "--packs", next.toString());
        assertThat(again.out()).contains("330122102 横村镇 × UM-001 对占道经营的处罚: RECALL (review.not_held, review.rarely_exercised)")
                .contains("province.recalled");
    }

    @Test
    void applyToLeavesNothingWhenItCannotWrite() throws IOException {
        Path national = ZHEJIANG.resolveSibling("national");
        Path next = tmp.resolve("national-next");
        Result r = run("review", "--usage", sheet(ROWS).toString(), "--as-of", "2025-03-01", "--apply-to", national.toString(),
                "--out", next.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("without a province.yaml");
        assertThat(next).doesNotExist();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
