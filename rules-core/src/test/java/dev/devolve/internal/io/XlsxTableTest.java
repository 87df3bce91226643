package dev.devolve.internal.io;

import dev.devolve.error.InputException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A workbook's first sheet as a table: rows as wide as the header, and each row's problem at that row. */
class XlsxTableTest {

    @Test
    void rowsAreAsWideAsTheHeaderAndBlankRowsAreLeftOut() throws IOException {
        byte[] book = workbook(new String[][] {{"code", "name"}, {"A", "a", "ignored"}, {"", ""}, {"B"}});
        CsvTable table = XlsxTable.read("t.xlsx", book, Set.of("code", "name"));
        assertThat(table.source()).isEqualTo("t.xlsx[list]");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).string("name")).isEqualTo("a");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
        assertThat(table.rows().get(1).has("name")).isFalse();
    }

    @Test
    void aRowTooWideIsNamedAtItsRowAfterTheProblemsOfEarlierRows() throws IOException {
        String[] wide = new String[XlsxTable.MAX_COLUMNS + 5];
        Arrays.fill(wide, "x");
        assertThatThrownBy(() -> XlsxTable.read("t.xlsx", workbook(new String[][] {{"code"}, {"A"}, wide}), Set.of("code")))
                .isInstanceOf(InputException.class).hasMessageContaining("t.xlsx[list]:3:65").hasMessageContaining("more than 64 columns");
        assertThatThrownBy(() -> XlsxTable.read("t.xlsx", workbook(new String[][] {{"code", "bogus"}, {"A"}, wide}), Set.of("code")))
                .isInstanceOf(InputException.class).hasMessageContaining("t.xlsx[list]:1:").hasMessageContaining("bogus");
    }

    private static byte[] workbook(String[][] rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("list");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
