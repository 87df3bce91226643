package dev.devolve.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devolve.cli.Cli.Result;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.devolve.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The duties and admit commands: lists, workbook, batch, published lists, admission and bad input. */
class DutiesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path YUHANG = Path.of("../examples/duty-lists/yuhang-330110.csv");

    @TempDir
    Path tmp;

    @Test
    void printsTheThreeListsWithCountsAndReasons() {
        Result r = run("duties", "--township", "330122101", "--as-of", "2025-06-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("276 duties: BASIC ").containsPattern("(?m)^BASIC \\(基本履职事项\\) — \\d+$")
                .containsPattern("(?m)^SUPPORTING \\(配合履职事项\\) — \\d+$").containsPattern("(?m)^RECALLED \\(上级部门收回事项\\) — \\d+$");
        assertThat(r.out()).contains("D-ED-011  配合开展人口普查、经济普查和农业普查").contains("rarely exercised, so it goes back to 县统计局");
    }

    @Test
    void theWorkbookHasOneSheetPerListInThePublishedLayout() throws IOException {
        Path out = tmp.resolve("lists.xlsx");
        Result r = run("duties", "--township", "330122101", "--as-of", "2025-06-01", "--format", "xlsx", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode counts = JSON.readTree(run("duties", "--township", "330122101", "--as-of", "2025-06-01", "--format", "json").out()).get("counts");
        try (InputStream in = Files.newInputStream(out); Workbook book = WorkbookFactory.create(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(header(book.getSheet("基本履职事项"))).containsExactly("序号", "领域", "事项名称", "依据");
            assertThat(header(book.getSheet("配合履职事项"))).containsExactly("序号", "事项名称", "牵头部门", "部门职责", "乡镇（街道）配合职责");
            assertThat(header(book.getSheet("上级部门收回事项"))).containsExactly("序号", "事项名称", "承接部门");
            assertThat(book.getSheet("基本履职事项").getLastRowNum()).isEqualTo(counts.get("BASIC").asInt());
            assertThat(book.getSheet("配合履职事项").getLastRowNum()).isEqualTo(counts.get("SUPPORTING").asInt());
            assertThat(book.getSheet("上级部门收回事项").getLastRowNum()).isEqualTo(counts.get("RECALLED").asInt());
            Sheet basic = book.getSheet("基本履职事项");
            assertThat(basic.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(basic.getRow(1).getCell(1).getStringCellValue()).isEqualTo("党的建设");
            assertThat(basic.getRow(1).getCell(2).getStringCellValue()).isEqualTo("落实基层党建工作责任制");
            assertThat(basic.getRow(1).getCell(3).getStringCellValue()).contains("《中国共产党农村基层组织工作条例》");
            Sheet recalled = book.getSheet("上级部门收回事项");
            List<String> receivers = new ArrayList<>();
            for (int i = 1; i <= recalled.getLastRowNum(); i++) {
                receivers.add(recalled.getRow(i).getCell(2).getStringCellValue());
            }
            assertThat(receivers).allSatisfy(x -> assertThat(x).startsWith("县"));
        }
    }

    @Test
    void csvHasARowPerDutyInTheBatchLayout() {
        Result r = run("duties", "--township", "330122101", "--as-of", "2025-06-01", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().findFirst()).contains("township,townshipName,kind,asOf,duty,dutyName,field,list,lead,reasons,citations,"
                + "missing,matter,delegation,syntheticTownship,error");
        assertThat(r.out().lines()).hasSize(277);
    }

    @Test
    void aBatchOfTownshipsStreamsTheSameRows() throws IOException {
        Path codes = Cli.file(tmp, "codes.txt", "330122101\n# a comment\n410122101\n");
        Path out = tmp.resolve("duties.csv");
        Result r = run("duties", "--townships", codes.toString(), "--as-of", "2025-06-01", "--out", out.toString(), "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("2 townships; mean per township BASIC ");
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(1 + 2 * 276);
        String single = run("duties", "--township", "330122101", "--as-of", "2025-06-01", "--format", "csv").out();
        // The same rows as one township's CSV: one layout, whether one township or many.
        assertThat(rows.subList(1, 277)).containsExactlyElementsOf(single.lines().skip(1).toList());
        assertThat(rows.get(1).split(",")[7]).isIn("BASIC", "SUPPORTING", "RECALLED");
    }

    @Test
    void aPublishedListIsCheckedForDeviationsSummarisedByReason() {
        Result r = run("duties", "--township", "330110109", "--as-of", "2025-07-01", "--published", YUHANG.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Deviations from the published list (LIST_DEVIATES): ")
                .contains("D-ED-011  SUPPORTING → RECALLED").contains("By reason:")
                .containsPattern("(?m)^ +\\d+  SUPPORTING → RECALLED \\(recall.rarely_exercised\\)$");
        Result county = run("duties", "--published", YUHANG.toString(), "--as-of", "2025-07-01");
        assertThat(county.code()).as(county.err()).isZero();
        assertThat(county.out()).containsPattern("^.*yuhang-330110.csv: 12 townships checked as of 2025-07-01, \\d+ deviations");
        assertThat(county.out()).contains("330110005").contains("330110113").contains("By reason:");
    }

    @Test
    void admitGivesTheOutcomeReasonsAndTheUnfundedAmount() {
        Result r = run("admit", "--township", "330122101", "--proposal", "../examples/duty-lists/proposal.yaml", "--as-of", "2025-06-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^Admission: +NEEDS_ADMISSION").containsPattern("(?m)^Would be: +BASIC")
                .contains("COUNTY_APPROVAL, LIST_ADJUSTMENT, FUNDS_FOLLOW_DUTY").contains("UNFUNDED_DUTY: 30000 yuan");
    }

    @Test
    void badInputIsOneLocatedLineAndExitOne() throws IOException {
        Path badObject = Cli.file(tmp, "p.yaml", "duty: {code: N-1, field: WATER, objects: [VOLCANOES]}\ntownshipRole: LEAD\n");
        assertBad(run("admit", "--township", "330122101", "--proposal", badObject.toString(), "--as-of", "2025-06-01"),
                "p.yaml:1:", "unknown word 'VOLCANOES'; allowed: MINES, FORESTS");
        Path contradicts = Cli.file(tmp, "c.yaml", "duty: {code: D-ED-011, exercisesPerYear: 12}\ntownshipRole: LEAD\n");
        assertBad(run("admit", "--township", "330122101", "--proposal", contradicts.toString(), "--as-of", "2025-06-01"),
                "c.yaml:1:", "duty 'D-ED-011' is in the duty catalog with exercisesPerYear '0.2'");
        Path negative = Cli.file(tmp, "n.yaml", "duty: D-ED-002\ntownshipRole: LEAD\nannualCost: -5\n");
        assertBad(run("admit", "--township", "330122101", "--proposal", negative.toString(), "--as-of", "2025-06-01"),
                "n.yaml:3:", "annualCost");
        Path unknownDuty = Cli.file(tmp, "u.csv", "township,duty,list,leadDepartment,validFrom,validTo,document\nTOWN,D-XX-999,BASIC,,2025-07-01,,doc\n");
        assertBad(run("duties", "--township", "330110109", "--as-of", "2025-07-01", "--published", unknownDuty.toString()),
                "u.csv:2:", "unknown duty 'D-XX-999'");
        Path unknownTownship = Cli.file(tmp, "t.csv", "township,duty,list,leadDepartment,validFrom,validTo,document\n330110999,D-ED-002,BASIC,,2025-07-01,,doc\n");
        assertBad(run("duties", "--township", "330110109", "--as-of", "2025-07-01", "--published", unknownTownship.toString()),
                "t.csv:2:", "330110999");
        Path overlap = Cli.file(tmp, "o.csv", "township,duty,list,leadDepartment,validFrom,validTo,document\n"
                + "TOWN,D-ED-002,BASIC,,2025-07-01,,doc\nTOWN,D-ED-002,SUPPORTING,县发展和改革局,2025-12-01,,doc\n");
        assertBad(run("duties", "--township", "330110109", "--as-of", "2025-07-01", "--published", overlap.toString()),
                "o.csv:3:", "overlaps");
        Path badList = Cli.file(tmp, "l.csv", "township,duty,list,leadDepartment,validFrom,validTo,document\nTOWN,D-ED-002,MAYBE,,2025-07-01,,doc\n");
        assertBad(run("duties", "--township", "330110109", "--as-of", "2025-07-01", "--published", badList.toString()),
                "l.csv:2:", "unknown word 'MAYBE'; allowed: BASIC, SUPPORTING, RECALLED");
    }

    @Test
    void aHostileDutyCatalogComesOutInertInTextCsvAndTheWorkbook() throws IOException {
        Path pack = tmp.resolve("hostile-duties");
        Cli.file(pack, "pack.yaml", """
                id: hostile-duties
                version: 0.0.1
                title: { zh: 敌意职责目录, en: Hostile duty catalog }
                jurisdiction: CN
                dependsOn: [duties]
                effective: { from: 2024-02-01 }
                duties: duties.csv
                """);
        Cli.file(pack, "duties.csv", "code,name,field,leadDepartment,countyLeads,accountability,professionalDemand,exercisesPerYear\n"
                + "H-1,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",WATER,@SUM(1),true,TOWNSHIP,LOW,12\n"
                + "H-2,-2+3,WATER,+cmd,false,TOWNSHIP,HIGH,12\n");
        Result csv = run("duties", "--township", "330122101", "--as-of", "2025-06-01", "--format", "csv", "--packs", pack.toString());
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out().lines().filter(l -> l.contains("H-1") || l.contains("H-2"))).hasSize(2)
                .allSatisfy(l -> assertThat(l).doesNotContain(",=").doesNotContain(",@").doesNotContain(",+").doesNotContain(",-2"));
        Result text = run("duties", "--township", "330122101", "--as-of", "2025-06-01", "--packs", pack.toString());
        assertThat(text.out()).contains("H-2  -2+3");
        Path out = tmp.resolve("h.xlsx");
        assertThat(run("duties", "--township", "330122101", "--as-of", "2025-06-01", "--format", "xlsx", "--out", out.toString(),
                "--packs", pack.toString()).code()).isZero();
        try (InputStream in = Files.newInputStream(out); Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                sheet.forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+")
                                .doesNotStartWith("-");
                    }
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }));
            }
        }
    }

    private static void assertBad(Result r, String at, String message) {
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).contains(at).contains(message));
    }

    private static List<String> header(Sheet s) {
        List<String> out = new ArrayList<>();
        s.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }
}
