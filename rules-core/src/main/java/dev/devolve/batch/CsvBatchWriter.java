package dev.devolve.batch;

import dev.devolve.error.SafeText;
import dev.devolve.model.Obligation;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import dev.devolve.result.FiscalSummary;
import dev.devolve.result.Mandate;
import dev.devolve.result.RuleContribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * The one CSV layout of Devolve, written by {@code batch} and {@code assess --format csv} alike
 * (RFC 4180): one {@code decision} row per (township, matter) and one {@code fiscal} row per township
 * with its totals. {@code unfunded} is, on a decision row, what the county's unfunded mandates for
 * the matter come to (empty when it places none), and on the fiscal row their total. {@code syntheticTownship} is {@code true} when
 * the township's attributes were generated rather than observed; {@code error} is empty unless the
 * decision was cut short (outcome {@code ERROR}), and then holds the cause, {@code CODE: message}.
 * Text cells go through {@link SafeText#csvText}: a value starting with {@code = + - @}, a tab or a
 * carriage return is prefixed with a single quote, and control characters are escaped. Rows are built by hand rather
 * than through a CSV library because formatting millions of rows is most of a batch's cost.
 */
public final class CsvBatchWriter implements BatchFormat {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("record", "township", "townshipName", "kind", "asOf", "matter", "outcome",
            "mode", "obligations", "decidingRules", "citations", "missing", "annualCost", "countyTransfer", "townshipPart",
            "unfunded", "syntheticTownship", "error");

    @Override
    public String header() {
        return String.join(",", COLUMNS) + "\n";
    }

    @Override
    public String format(Assessment a) {
        Township t = a.township();
        StringBuilder sb = new StringBuilder(a.decisions().size() * 160);
        String prefix = cell(t.getCode()) + "," + cell(t.getName()) + "," + (t.getKind() == null ? "" : t.getKind().name()) + ","
                + a.asOf() + ",";
        String synthetic = Boolean.toString(!t.getSyntheticFacts().isEmpty());
        for (Decision d : a.decisions()) {
            sb.append("decision,").append(prefix).append(cell(d.matter().getCode())).append(',').append(d.outcome().name()).append(',');
            d.mode().ifPresent(m -> sb.append(m.name()));
            sb.append(',');
            int start = sb.length();
            for (Obligation o : d.obligations()) {
                sb.append(o.name()).append('|');
            }
            separated(sb, start);
            sb.append(',');
            start = sb.length();
            for (RuleContribution c : d.explanation().rules()) {
                if (c.decisive()) {
                    sb.append(c.ruleId()).append('|');
                }
            }
            separated(sb, start);
            sb.append(',');
            join(sb, d.citations());
            sb.append(',');
            join(sb, d.missing());
            sb.append(',');
            d.fiscal().ifPresent(f -> sb.append(f.annualCost().toPlainString()));
            sb.append(',');
            d.fiscal().ifPresent(f -> sb.append(f.countyTransfer().toPlainString()));
            sb.append(',');
            d.fiscal().ifPresent(f -> sb.append(f.townshipPart().toPlainString()));
            sb.append(',');
            if (!d.mandates().isEmpty()) {
                sb.append(d.mandates().stream().map(Mandate::amount).reduce(BigDecimal::add).orElseThrow().toPlainString());
            }
            sb.append(',').append(synthetic).append(',');
            d.error().ifPresent(e -> sb.append(cell(e.code() + ": " + e.message())));
            sb.append('\n');
        }
        FiscalSummary f = a.fiscal();
        sb.append("fiscal,").append(prefix).append(",,,,,,,").append(plain(f.totalCost())).append(',').append(plain(f.totalTransfer()))
                .append(',').append(plain(f.totalTownship())).append(',').append(plain(f.totalUnfunded())).append(',').append(synthetic)
                .append(",\n");
        return sb.toString();
    }

    /** The values joined with {@code |}, as one text cell: what {@code cell(String.join("|", values))} writes, without the copies. */
    static void join(StringBuilder sb, List<String> values) {
        int start = sb.length();
        for (String v : values) {
            sb.append(v).append('|');
        }
        separated(sb, start);
    }

    /** Values appended from {@code start} on, each followed by {@code |}: drops the last one and makes them a text cell. */
    private static void separated(StringBuilder sb, int start) {
        if (sb.length() > start) {
            sb.setLength(sb.length() - 1);
        }
        escape(sb, start);
    }

    /**
     * Makes what was appended from {@code start} on a text cell, as {@link #cell} does; text that
     * needs nothing done (nearly every cell of a batch) is left where it was written.
     */
    private static void escape(StringBuilder sb, int start) {
        if (sb.length() == start) {
            return;
        }
        char first = sb.charAt(start);
        boolean plain = first != '=' && first != '+' && first != '-' && first != '@';
        for (int i = start; plain && i < sb.length(); i++) {
            char c = sb.charAt(i);
            plain = c != ',' && c != '"' && !SafeText.isControl(c);
        }
        if (!plain) {
            String text = sb.substring(start);
            sb.setLength(start);
            sb.append(cell(text));
        }
    }

    /** A text cell: neutralised for spreadsheets, quoted when it holds a comma or a quote. */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        String s = SafeText.csvText(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
