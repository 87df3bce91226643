package dev.devolve.batch;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.devolve.api.Assessment;
import dev.devolve.api.Decision;
import dev.devolve.api.FiscalSummary;
import dev.devolve.api.RuleContribution;
import dev.devolve.model.Township;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes a batch as CSV: one {@code decision} row per (township, matter) and one {@code fiscal}
 * row per township with its totals. {@code syntheticTownship} is {@code true} when the township's
 * attributes were generated rather than observed.
 */
public final class CsvBatchWriter implements BatchSink, Closeable {

    /** The columns, in order. */
    public static final String[] COLUMNS = {"record", "township", "townshipName", "kind", "asOf", "matter", "outcome", "mode",
        "obligations", "decidingRules", "citations", "missing", "annualCost", "countyTransfer", "townshipPart", "unfunded",
        "syntheticTownship"};

    private final SequenceWriter out;

    public CsvBatchWriter(Writer writer) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        Arrays.stream(COLUMNS).forEach(schema::addColumn);
        this.out = new CsvMapper().writer(schema.build().withHeader()).writeValues(writer);
    }

    @Override
    public void accept(Assessment a) throws IOException {
        Township t = a.township();
        String synthetic = Boolean.toString(!t.syntheticFacts().isEmpty());
        for (Decision d : a.decisions()) {
            out.write(new String[] {"decision", text(t.getCode()), text(t.getName()), t.getKind() == null ? "" : t.getKind().name(),
                a.asOf().toString(), text(d.matter().getCode()), d.outcome().name(), d.mode().map(Enum::name).orElse(""),
                d.obligations().stream().map(Enum::name).collect(Collectors.joining("|")),
                d.explanation().decisive().stream().map(RuleContribution::ruleId).collect(Collectors.joining("|")),
                String.join("|", d.citations()), String.join("|", d.missing()),
                d.fiscal().map(f -> plain(f.annualCost())).orElse(""), d.fiscal().map(f -> plain(f.countyTransfer())).orElse(""),
                d.fiscal().map(f -> plain(f.townshipPart())).orElse(""), "", synthetic});
        }
        FiscalSummary f = a.fiscal();
        out.write(new String[] {"fiscal", text(t.getCode()), text(t.getName()), t.getKind() == null ? "" : t.getKind().name(),
            a.asOf().toString(), "", "", "", "", "", "", "", plain(f.totalCost()), plain(f.totalTransfer()), plain(f.totalTownship()),
            plain(f.totalUnfunded()), synthetic});
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
