package dev.devolve.review;

import dev.devolve.error.SafeText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * A sheet's reviews as an XLSX workbook: a {@code reviews} sheet with one row a review and a
 * {@code summary} sheet with the summary records, in the columns of the CSV form. Rows are streamed
 * to disk as they come (a window of 100 in memory); the workbook is written to the stream at
 * {@link #finish}. Text is written as text cells, never as formulas.
 */
public final class XlsxSheetWriter implements SheetWriter {

    private final OutputStream out;
    private final SXSSFWorkbook book = new SXSSFWorkbook(100);
    private final Sheet reviews;
    private int next = 1;

    public XlsxSheetWriter(OutputStream out) {
        this.out = out;
        this.reviews = book.createSheet("reviews");
        header(reviews);
    }

    private static void header(Sheet sheet) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < ReviewCells.COLUMNS.size(); i++) {
            h.createCell(i).setCellValue(ReviewCells.COLUMNS.get(i));
        }
    }

    @Override
    public void row(SheetReviewer.Reviewed reviewed) {
        write(reviews.createRow(next++), ReviewCells.of(reviewed));
    }

    @Override
    public void finish(ReviewSummary summary) throws IOException {
        Sheet s = book.createSheet("summary");
        header(s);
        int i = 1;
        for (List<Object> row : ReviewCells.summary(summary)) {
            write(s.createRow(i++), row);
        }
        try {
            book.write(out);
            out.flush();
        } finally {
            book.close();
        }
    }

    private static void write(Row row, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof BigDecimal d) {
                c.setCellValue(d.doubleValue());
            } else if (v instanceof Number n) {
                c.setCellValue(n.longValue());
            } else {
                c.setCellValue(SafeText.line(v.toString()));
            }
        }
    }
}
