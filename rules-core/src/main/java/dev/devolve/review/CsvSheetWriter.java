package dev.devolve.review;

import dev.devolve.batch.CsvBatchWriter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * A sheet's reviews as CSV: one {@code review} record a row, then the summary records
 * ({@code by_reason}, {@code by_kind}, {@code by_field}, {@code overdue}) in the same columns
 * ({@code record} first). Text cells are neutralised for spreadsheets.
 */
public final class CsvSheetWriter implements SheetWriter {

    private final Writer out;

    public CsvSheetWriter(Writer out) throws IOException {
        this.out = out;
        out.write(String.join(",", ReviewCells.COLUMNS));
        out.write('\n');
    }

    @Override
    public void row(SheetReviewer.Reviewed reviewed) throws IOException {
        write(ReviewCells.of(reviewed));
    }

    @Override
    public void finish(ReviewSummary summary) throws IOException {
        for (List<Object> row : ReviewCells.summary(summary)) {
            write(row);
        }
        out.flush();
    }

    private void write(List<Object> cells) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (v instanceof BigDecimal d) {
                sb.append(d.toPlainString());
            } else if (v instanceof Number n) {
                sb.append(n);
            } else if (v != null) {
                sb.append(CsvBatchWriter.cell(v.toString()));
            }
        }
        out.write(sb.append('\n').toString());
    }
}
