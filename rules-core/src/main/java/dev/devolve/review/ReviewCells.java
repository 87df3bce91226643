package dev.devolve.review;

import dev.devolve.error.Diagnostic;
import dev.devolve.model.Township;
import dev.devolve.model.Usage;
import dev.devolve.result.Review;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one reviewed row, in {@link #COLUMNS} order, for the CSV and XLSX writers: text, whole
 * numbers and decimals, empty cells as null. Lists are joined with {@code |}.
 */
final class ReviewCells {

    static final List<String> COLUMNS = List.of("record", "row", "township", "townshipName", "kind", "matter", "matterName", "field",
            "from", "to", "days", "cases", "reversals", "casesPerYear", "reversalRate", "lastEvaluated", "delegation", "outcome",
            "reasons", "obligations", "findings", "missing", "citations", "summary", "error", "count");

    private ReviewCells() {
    }

    static List<Object> of(SheetReviewer.Reviewed reviewed) {
        Review r = reviewed.review();
        Township t = r.township();
        Usage u = r.usage();
        List<Object> c = new ArrayList<>(COLUMNS.size());
        c.add("review");
        c.add(reviewed.row().location().toString());
        c.add(t.getCode());
        c.add(t.getName());
        c.add(word(t.getKind()));
        c.add(r.matter().getCode());
        c.add(r.matter().getName());
        c.add(word(r.matter().getField()));
        c.add(u.getFrom().toString());
        c.add(u.getTo().toString());
        c.add(u.getDays());
        c.add(u.getCases());
        c.add(u.getReversals());
        c.add(u.getCasesPerYear());
        c.add(u.getReversalRate().orElse(null));
        c.add(u.getLastEvaluated() == null ? null : u.getLastEvaluated().toString());
        c.add(r.delegation().outcome().name());
        c.add(r.outcome().name());
        c.add(String.join("|", r.reasons()));
        c.add(String.join("|", r.obligations().stream().map(Enum::name).toList()));
        c.add(String.join("|", r.findings().stream().map(Enum::name).toList()));
        c.add(String.join("|", r.missing()));
        c.add(String.join("|", r.citations()));
        c.add(r.explanation().summaryEn());
        c.add(r.error().map(Diagnostic::toString).orElse(null));
        c.add(null);
        return c;
    }

    /**
     * The summary as rows of the same columns: {@code by_reason} (outcome, reasons, count),
     * {@code by_kind} (kind, outcome, count), {@code by_field} (field, outcome, count) and
     * {@code overdue} (township, name, kind, count of powers).
     */
    static List<List<Object>> summary(ReviewSummary s) {
        List<List<Object>> out = new ArrayList<>();
        s.byReason().forEach((o, reasons) -> reasons.forEach((reason, n) -> out.add(row("by_reason", null, null, null, null, o.name(),
                reason, n))));
        s.byKind().forEach((kind, outcomes) -> outcomes.forEach((o, n) -> out.add(row("by_kind", null, null, kind, null, o.name(), null, n))));
        s.byField().forEach((field, outcomes) -> outcomes.forEach((o, n) -> out.add(row("by_field", null, null, null, field, o.name(), null, n))));
        s.overdue().forEach(o -> out.add(row("overdue", o.township(), o.name(), o.kind(), null, null, null, o.powers())));
        return out;
    }

    private static List<Object> row(String record, String township, String name, String kind, String field, String outcome,
                                    String reasons, int count) {
        List<Object> c = new ArrayList<>(COLUMNS.size());
        for (int i = 0; i < COLUMNS.size(); i++) {
            c.add(null);
        }
        c.set(COLUMNS.indexOf("record"), record);
        c.set(COLUMNS.indexOf("township"), township);
        c.set(COLUMNS.indexOf("townshipName"), name);
        c.set(COLUMNS.indexOf("kind"), kind);
        c.set(COLUMNS.indexOf("field"), field);
        c.set(COLUMNS.indexOf("outcome"), outcome);
        c.set(COLUMNS.indexOf("reasons"), reasons);
        c.set(COLUMNS.indexOf("count"), count);
        return c;
    }

    private static String word(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
