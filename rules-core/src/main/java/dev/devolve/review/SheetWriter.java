package dev.devolve.review;

import java.io.IOException;

/**
 * Where a sheet's reviews go, one row at a time, and then the summary. The library writes CSV
 * ({@link CsvSheetWriter}), JSON ({@link dev.devolve.output.report.JsonSheetWriter}) and XLSX ({@link XlsxSheetWriter}).
 */
public interface SheetWriter {

    void row(SheetReviewer.Reviewed reviewed) throws IOException;

    /** Writes the summary and anything that closes the document. */
    void finish(ReviewSummary summary) throws IOException;
}
