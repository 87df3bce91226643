package dev.devolve.packs;

import dev.devolve.api.PolicyEngine;
import dev.devolve.error.PackBuildException;
import dev.devolve.model.Provenance;
import dev.devolve.scenario.ScenarioRunner;
import dev.devolve.scenario.SuiteResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A provincial list kept in a spreadsheet: editing a cell changes decisions, and bad cells are named. */
class ProvincialSpreadsheetTest {

    private static final String STREET_STALLS = """
            packs: [national, ../henan]
            asOf: 2025-06-01
            scenarios:
              - name: A Henan street takes stall penalties
                township: { code: "410102001", kind: STREET, enforcementTeam: true, certifiedOfficers: 6, legalReviewers: 1,
                            capacityAssessed: true, serviceCentre: true }
                matter: UM-001
                expect:
                  outcome: %s
            """;

    @TempDir
    Path tmp;

    private Path copyOfHenan() throws IOException {
        return PackCopies.copy("henan", tmp);
    }

    /** Edits the first sheet of the pack's list.xlsx as an officer would in a spreadsheet program. */
    private static void editList(Path pack, Consumer<Sheet> edit) throws IOException {
        editSheet(pack.resolve("list.xlsx"), edit);
    }

    private static Row rowOf(Sheet sheet, String matter) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && matter.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + matter);
    }

    private SuiteResult run(String outcome) throws IOException {
        Path file = tmp.resolve("scenarios/street.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, STREET_STALLS.formatted(outcome), StandardCharsets.UTF_8);
        return ScenarioRunner.builder().build().run(List.of(file));
    }

    @Test
    void takingStreetsOffARowOfTheSpreadsheetKeepsThatMatterFromThem() throws IOException {
        Path pack = copyOfHenan();
        assertThat(run("DELEGATE").summaryLine()).isEqualTo("1 passed, 0 failed");
        editList(pack, sheet -> rowOf(sheet, "UM-001").getCell(2).setCellValue(""));
        SuiteResult stale = run("DELEGATE");
        assertThat(stale.summaryLine()).isEqualTo("0 passed, 1 failed");
        assertThat(stale.results().get(0).mismatches().get(0).toString()).isEqualTo("outcome: expected DELEGATE, actual RETAIN");
        assertThat(run("RETAIN").summaryLine()).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void aBadCellNamesTheSheetRowAndColumn() throws IOException {
        Path pack = copyOfHenan();
        editList(pack, sheet -> rowOf(sheet, "UM-002").getCell(3).setCellValue("maybe"));
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(pack).build())
                .isInstanceOf(PackBuildException.class)
                .hasMessageContaining("list.xlsx[list]:3:4: INPUT: TOWN: expected yes, no or an empty cell, found 'maybe'");
    }

    @Test
    void aListedMatterOutsideTheCatalogIsNamedWithItsRow() throws IOException {
        Path pack = copyOfHenan();
        editList(pack, sheet -> rowOf(sheet, "UM-002").getCell(0).setCellValue("UM-999"));
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(pack).build())
                .isInstanceOf(PackBuildException.class)
                .hasMessageContaining("list.xlsx[list]:3:1: UNKNOWN_MATTER: the list of 豫政〔2025〕15号 names matter 'UM-999'");
    }

    @Test
    void aCsvListNamesItsFileAndLine() throws IOException {
        Path pack = PackCopies.copy("zhejiang", tmp);
        String csv = Files.readString(pack.resolve("list.csv")).replaceFirst(",2023-06-30,", ",2023-06-31,");
        Files.writeString(pack.resolve("list.csv"), csv);
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(pack).build())
                .hasMessageContaining("list.csv:").hasMessageContaining("recalledOn: expected a date as YYYY-MM-DD, found '2023-06-31'");
    }

    @Test
    void parametersKeptInAWorkbookAreReadAndTheirErrorsNamed() throws IOException {
        Path pack = copyOfHenan();
        try (Workbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(pack.resolve("parameters.xlsx"))) {
            Sheet s = book.createSheet("parameters");
            String[][] rows = {
                {"name", "type", "since", "value", "reference", "note", "status", "unit", "description_zh", "description_en"},
                {"capacity.min_legal_reviewers", "INTEGER", "2017-02-20", "1", "GRASSROOTS2019", "national", "verified", "reviewers", "法制审核人员最少人数", "Minimum legal reviewers"},
                {"capacity.min_legal_reviewers", "INTEGER", "2025-03-01", "2", "", "Henan example", "modelled", "", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        PolicyEngine engine = PolicyEngine.builder().packDirectory(pack).build();
        assertThat(engine.provinceParameters("41").get("capacity.min_legal_reviewers").values()).hasSize(2);
        assertThat(engine.provinceParameters("41").get("capacity.min_legal_reviewers").values().get(0).provenance()).isEqualTo(new Provenance(
                Optional.of("GRASSROOTS2019"), Optional.of("national"), Provenance.Status.VERIFIED, Optional.of("reviewers")));
        editSheet(pack.resolve("parameters.xlsx"), sheet -> sheet.getRow(2).getCell(2).setCellValue("2025-02-30"));
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(pack).build())
                .hasMessageContaining("parameters.xlsx[parameters]:3:3: INPUT: since: expected a date as YYYY-MM-DD, found '2025-02-30'");
    }

    private static void editSheet(Path xlsx, Consumer<Sheet> edit) throws IOException {
        Workbook book;
        try (InputStream in = Files.newInputStream(xlsx)) {
            book = WorkbookFactory.create(in);
        }
        try (book; OutputStream out = Files.newOutputStream(xlsx)) {
            edit.accept(book.getSheetAt(0));
            book.write(out);
        }
    }
}
