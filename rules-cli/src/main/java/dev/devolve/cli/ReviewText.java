package dev.devolve.cli;

import dev.devolve.error.SafeText;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.result.Review;
import dev.devolve.review.ReviewSummary;
import dev.devolve.review.SheetReviewer;
import dev.devolve.review.SheetWriter;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The text form of a sheet's review: one line a row with its reasons, then the summary. Every value is neutralised. */
final class ReviewText implements SheetWriter {

    private final Writer out;
    private final Lang lang;

    ReviewText(Writer out, Lang lang, String sheet, LocalDate asOf) throws IOException {
        this.out = out;
        this.lang = lang;
        out.write(SafeText.line("Review of the delegated powers in " + sheet + " as of " + asOf) + "\n\n");
    }

    @Override
    public void row(SheetReviewer.Reviewed reviewed) throws IOException {
        Review r = reviewed.review();
        boolean zh = lang == Lang.zh;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s %s × %s %s: %s", r.township().getCode(), orDash(r.township().getName()),
                r.matter().getCode(), orDash(r.matter().getName()), r.outcome()));
        if (!r.reasons().isEmpty()) {
            sb.append(" (").append(String.join(", ", r.reasons())).append(')');
        }
        sb.append(" — ").append(zh ? r.explanation().summaryZh() : r.explanation().summaryEn());
        out.write(SafeText.line(sb.toString()) + "\n");
        List<String> more = new ArrayList<>();
        if (!r.obligations().isEmpty()) {
            more.add("obligations " + r.obligations().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        if (!r.findings().isEmpty()) {
            more.add("findings " + r.findings().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        if (!r.missing().isEmpty()) {
            more.add("missing " + String.join(", ", r.missing()));
        }
        more.add("delegation " + r.delegation().outcome() + (r.delegation().explanation().decisive().isEmpty() ? ""
                : " (" + r.delegation().explanation().decisive().stream().map(c -> c.ruleId()).distinct().collect(Collectors.joining(", ")) + ")"));
        out.write(SafeText.line("    " + String.join("; ", more) + "  [" + reviewed.row().location() + "]") + "\n");
    }

    @Override
    public void finish(ReviewSummary s) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%n%,d powers reviewed%n", s.rows()));
        sb.append("By outcome and reason:\n");
        s.byReason().forEach((o, reasons) -> sb.append(String.format(Locale.ROOT, "  %-19s %,6d  %s%n", o, s.byOutcome().get(o),
                reasons.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))));
        sb.append("By township kind:\n");
        s.byKind().forEach((k, counts) -> sb.append("  ").append(String.format(Locale.ROOT, "%-16s", k)).append(counts(counts)).append('\n'));
        sb.append("By matter field:\n");
        s.byField().forEach((f, counts) -> sb.append("  ").append(String.format(Locale.ROOT, "%-22s", f)).append(counts(counts)).append('\n'));
        sb.append(String.format(Locale.ROOT, "Powers reviewed that the township does not hold (POWER_NOT_HELD): %,d%n", s.notHeld()));
        sb.append(String.format(Locale.ROOT, "Townships whose evaluation is overdue: %,d%n", s.overdue().size()));
        s.overdue().forEach(o -> sb.append(String.format(Locale.ROOT, "  %s %s (%s): %,d powers%n", o.township(), o.name(), o.kind(),
                o.powers())));
        if (s.errors() > 0) {
            sb.append(String.format(Locale.ROOT, "Cut short (outcome ERROR): %,d rows%n", s.errors()));
        }
        for (String line : sb.toString().split("\n")) {
            out.write(SafeText.line(line));
            out.write('\n');
        }
        out.flush();
    }

    private static String counts(Map<ReviewOutcome, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
