package dev.devolve.internal.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled workbooks' sheets kept at build give exactly what the spreadsheet library reads from them. */
class BundledSheetsTest {

    private static final String WORKBOOK = "devolve/packs/henan/list.xlsx";

    @Test
    void theKeptSheetIsTheLibrarysCellForCell() throws IOException {
        byte[] bytes = bytes(WORKBOOK);
        XlsxTable.Grid kept = SheetArchive.find(bytes).orElseThrow(() -> new AssertionError("no kept sheet for " + WORKBOOK));
        XlsxTable.Grid read = XlsxTable.grid(WORKBOOK, bytes);
        assertThat(kept.sheet()).isEqualTo(read.sheet());
        assertThat(kept.rows()).hasSameSizeAs(read.rows()).hasSizeGreaterThan(10);
        for (int i = 0; i < read.rows().size(); i++) {
            assertThat(kept.rows().get(i).number()).isEqualTo(read.rows().get(i).number());
            assertThat(kept.rows().get(i).cells()).containsExactly(read.rows().get(i).cells());
        }
        CsvTable table = XlsxTable.read(WORKBOOK, bytes, Set.of("matter", "name", "STREET", "TOWN", "TOWNSHIP", "ETHNIC_TOWNSHIP", "SUMU",
                "OTHER", "classes", "recalledOn", "note"));
        assertThat(table.source()).isEqualTo(WORKBOOK + "[" + read.sheet() + "]");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void aWorkbookWithOtherBytesIsNotFound() throws IOException {
        byte[] bytes = bytes(WORKBOOK);
        bytes[bytes.length - 1] ^= 1;
        assertThat(SheetArchive.find(bytes)).isEmpty();
    }

    @Test
    void namesAndCellsWithTabsLineBreaksAndBackslashesSurviveTheLayout() {
        XlsxTable.Grid grid = new XlsxTable.Grid("a\tb\\c", List.of(new XlsxTable.GridRow(1, new String[] {"x\ny", "", "\\t", "r\r"}),
                new XlsxTable.GridRow(7, new String[0])));
        XlsxTable.Grid back = SheetArchive.parse(SheetArchive.write(grid));
        assertThat(back.sheet()).isEqualTo(grid.sheet());
        assertThat(back.rows()).hasSize(2);
        assertThat(back.rows().get(0).cells()).containsExactly("x\ny", "", "\\t", "r\r");
        assertThat(back.rows().get(1).number()).isEqualTo(7);
        assertThat(back.rows().get(1).cells()).isEmpty();
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = BundledSheetsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
