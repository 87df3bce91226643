package dev.devolve.batch;

import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyLists;

import java.util.List;

/**
 * The one CSV layout of duty lists: a row per (township, duty), the same for {@code duties --format
 * csv} and a batch of many townships. Lists are joined with {@code |}; text cells are neutralised as
 * in {@link CsvBatchWriter}.
 */
public final class DutyCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("township", "townshipName", "kind", "asOf", "duty", "dutyName", "field", "list",
            "lead", "reasons", "citations", "missing", "matter", "delegation", "syntheticTownship", "error");

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
            sb.append(prefix).append(',').append(CsvBatchWriter.cell(d.duty().getCode())).append(',')
                    .append(CsvBatchWriter.cell(d.duty().getName())).append(',').append(d.duty().getField() == null ? "" : d.duty().getField())
                    .append(',').append(d.list()).append(',').append(CsvBatchWriter.cell(d.lead().orElse(null))).append(',')
                    .append(CsvBatchWriter.cell(String.join("|", d.reasons()))).append(',')
                    .append(CsvBatchWriter.cell(String.join("|", d.citations()))).append(',')
                    .append(CsvBatchWriter.cell(String.join("|", d.missing()))).append(',')
                    .append(CsvBatchWriter.cell(d.duty().getMatter())).append(',')
                    .append(d.delegation().map(l -> l.outcome().name()).orElse("")).append(',').append(synthetic).append(',');
            d.error().ifPresent(e -> sb.append(CsvBatchWriter.cell(e.code() + ": " + e.message())));
            sb.append('\n');
        }
        return sb.toString();
    }
}
