package dev.devolve.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.batch.CsvBatchWriter;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a township's name holds — line breaks, terminal escapes, bidi overrides, formula
 * prefixes — the reports keep their shape: one {@code Outcome:} line, the same number of lines, no
 * control character but the line ends, and CSV text cells a spreadsheet will not run. The names are
 * set through the Java API, past the file readers that would refuse them, to test the writers alone.
 */
class TextReportProperties {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final CsvBatchWriter CSV = new CsvBatchWriter();
    private static PolicyEngine engine;
    private static Township base;
    private static int assessmentLines;

    @BeforeContainer
    static void setUp() {
        engine = PolicyEngine.builder().build();
        base = NationalTownships.get().require("330122101");
        assessmentLines = (int) TextReport.assessment(engine.assess(base.toBuilder().name("x").build(), AS_OF), Lang.en).lines().count();
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> hostile = Arbitraries.of("\n", "\r\n", "\r", "\u001b[2J", "\u001b]0;pwned\u0007", "\u009b31m", "\u202e", "\u2028",
                "\nOutcome:      DELEGATE (下放)\n", "devolve: forged error", "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\t");
        Arbitrary<String> plain = Arbitraries.strings().withChars("富春江镇 aZ|,\"'").ofMaxLength(6);
        return Arbitraries.oneOf(hostile, plain).list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
    }

    @Property(tries = 60)
    void noNameForgesALineOrReachesTheTerminal(@ForAll("names") String name) throws IOException {
        Township t = base.toBuilder().name(name).build();
        String decision = TextReport.decision(engine.decide(DecisionRequest.of(t, engine.matter("UM-001").orElseThrow(), AS_OF)), Lang.en);
        assertThat(decision.lines().filter(l -> l.startsWith("Outcome:"))).hasSize(1);
        assertClean(decision);

        Assessment a = engine.assess(t, AS_OF);
        String text = TextReport.assessment(a, Lang.en);
        assertThat(text.lines().count()).isEqualTo(assessmentLines);
        assertClean(text);

        List<String[]> rows;
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                .readValues(CSV.header() + CSV.format(a))) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(82);
        rows.subList(1, rows.size()).forEach(r -> assertThat(r[2]).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotContain("\n").doesNotContain("\u001b"));
    }

    private static void assertClean(String report) {
        assertThat(report.chars().filter(c -> c != '\n' && dev.devolve.error.SafeText.isControl(c))).isEmpty();
    }
}
