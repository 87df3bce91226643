package dev.devolve.output.report;

import dev.devolve.output.Json;
import dev.devolve.output.ReviewJson;
import dev.devolve.review.ReviewSummary;
import dev.devolve.review.SheetReviewer;
import dev.devolve.review.SheetWriter;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sheet's reviews as one {@code devolve.review-sheet/1} JSON document, written as the rows come:
 * the sheet and date, each row's place and {@code devolve.review/1} document (one a line), then the summary.
 */
public final class JsonSheetWriter implements SheetWriter {

    /** The schema id of the document. */
    public static final String SCHEMA = "devolve.review-sheet/1";

    private final Writer out;
    private boolean first = true;

    public JsonSheetWriter(Writer out, String sheet, LocalDate asOf) throws IOException {
        this.out = out;
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("schema", SCHEMA);
        head.put("sheet", sheet);
        head.put("asOf", asOf);
        String json = Json.compact(head);
        out.write(json.substring(0, json.length() - 1));
        out.write(",\"reviews\":[");
    }

    @Override
    public void row(SheetReviewer.Reviewed reviewed) throws IOException {
        out.write(first ? "\n" : ",\n");
        first = false;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("row", reviewed.row().location().toString());
        doc.put("review", ReviewJson.toDocument(reviewed.review()));
        out.write(Json.compact(doc));
    }

    @Override
    public void finish(ReviewSummary summary) throws IOException {
        out.write("\n],\"summary\":");
        out.write(Json.compact(summary.toDocument()));
        out.write("}\n");
        out.flush();
    }
}
