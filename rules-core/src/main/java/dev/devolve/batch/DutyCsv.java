package dev.devolve.batch;

import dev.devolve.model.DutyItem;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyLists;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one CSV layout of duty lists: a row per (township, duty), the same for {@code duties --format
 * csv} and a batch of many townships. Lists are joined with {@code |}; text cells are neutralised as
 * in {@link CsvBatchWriter}.
 */
public final class DutyCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("township", "townshipName", "kind", "asOf", "duty", "dutyName", "field", "list",
            "lead", "reasons", "citations", "missing", "matter", "delegation", "syntheticTownship", "error");

    /**
     * The cells of a duty that are the same in every township's rows, by duty code, written once:
     * a national batch writes each duty 41,352 times. Kept for the very duty object written, so
     * another duty with the same code is written afresh.
     */
    private final Map<String, Cells> byDuty = new ConcurrentHashMap<>();

    /** A duty's code, name and field cells, and its matter cell. */
    private record Cells(DutyItem duty, String head, String matter) {
    }

    private Cells cells(DutyItem d) {
        Cells c = d.getCode() == null ? null : byDuty.get(d.getCode());
        if (c != null && c.duty() == d) {
            return c;
        }
        c = new Cells(d, CsvBatchWriter.cell(d.getCode()) + ',' + CsvBatchWriter.cell(d.getName()) + ','
                + (d.getField() == null ? "" : d.getField()), CsvBatchWriter.cell(d.getMatter()));
        if (d.getCode() != null) {
            byDuty.put(d.getCode(), c);
        }
        return c;
    }

    public String header() {
        return String.join(",", COLUMNS) + "\n";
    }

    /** The rows of one township's lists, each ending with a newline. */
    public String format(DutyLists lists) {
        StringBuilder sb = new StringBuilder(lists.decisions().size() * 160);
        String prefix = CsvBatchWriter.cell(lists.township().getCode()) + ',' + CsvBatchWriter.cell(lists.township().getName()) + ','
                + lists.township().getKind() + ',' + lists.asOf();
        boolean synthetic = !lists.township().getSyntheticFacts().isEmpty();
        for (DutyDecision d : lists.decisions()) {
            Cells duty = cells(d.duty());
            sb.append(prefix).append(',').append(duty.head())
                    .append(',').append(d.list()).append(',').append(CsvBatchWriter.cell(d.lead().orElse(null))).append(',');
            CsvBatchWriter.join(sb, d.reasons());
            sb.append(',');
            CsvBatchWriter.join(sb, d.citations());
            sb.append(',');
            CsvBatchWriter.join(sb, d.missing());
            sb.append(',').append(duty.matter()).append(',')
                    .append(d.delegation().map(l -> l.outcome().name()).orElse("")).append(',').append(synthetic).append(',');
            d.error().ifPresent(e -> sb.append(CsvBatchWriter.cell(e.code() + ": " + e.message())));
            sb.append('\n');
        }
        return sb.toString();
    }
}
