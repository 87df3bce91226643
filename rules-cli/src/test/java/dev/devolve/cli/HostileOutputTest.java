package dev.devolve.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile packs of class {@code output} ({@code rules-core/src/test/resources/hostile/output/}, whose
 * {@code expect.txt} says {@code neutralised}): they load, and what they carry comes out inert in
 * every format a person opens — no CSV text cell a spreadsheet would run as a formula, no HTML or
 * Markdown markup from a value in the catalogs, and no extra line in the text report.
 */
class HostileOutputTest {

    private static final Path CORPUS = Path.of("..", "rules-core", "src", "test", "resources", "hostile", "output");
    private static final Set<String> NUMERIC = Set.of("annualCost", "countyTransfer", "townshipPart", "unfunded");

    @TempDir
    Path tmp;

    static Stream<Path> cases() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(CORPUS)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(4);
        return cases.stream();
    }

    private static String[] run(String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return new String[] {r.out(), r.err()};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isNeutralisedInEveryFormat(Path pack) throws IOException {
        assertThat(Files.readString(pack.resolve("expect.txt")).trim()).isEqualTo("neutralised");
        String p = pack.toString();

        int hostile = countMatters(pack);
        assertNoFormula(run("assess", "--township", "330122101", "--as-of", "2024-03-01", "--format", "csv", "--packs", p)[0], 80 + hostile + 1);

        Path codes = Files.writeString(tmp.resolve("codes.txt"), "330122101\n");
        Path batch = tmp.resolve("batch.csv");
        run("batch", "--townships", codes.toString(), "--out", batch.toString(), "--as-of", "2024-03-01", "--packs", p, "--threads", "1");
        assertNoFormula(Files.readString(batch, StandardCharsets.UTF_8), 80 + hostile + 1);

        Path md = tmp.resolve("catalog.md");
        run("catalog", "--format", "md", "--out", md.toString(), "--packs", p);
        String markdown = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(markdown).doesNotContain("<script").doesNotContain("<img").doesNotContainPattern("(?<!\\\\)]\\(javascript:");
        // Every row of the matters table keeps its four columns: no value adds one.
        String matters = markdown.substring(markdown.indexOf("## Matters"), markdown.indexOf("## Duties"));
        matters.lines().filter(l -> l.startsWith("| ")).forEach(l -> assertThat(unescapedPipes(l)).as(l).isEqualTo(5));

        Path html = tmp.resolve("catalog.html");
        run("catalog", "--out", html.toString(), "--packs", p);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(Pattern.compile("<script").matcher(page).results().count()).as("only the page's own script").isEqualTo(1);
        assertThat(page).doesNotContain("<img");
    }

    private static int countMatters(Path pack) throws IOException {
        return (int) Files.readAllLines(pack.resolve("matters.csv")).stream().skip(1).filter(l -> !l.isBlank()).count();
    }

    private static long unescapedPipes(String line) {
        Matcher m = Pattern.compile("(?<!\\\\)\\|").matcher(line);
        return m.results().count();
    }

    /** Every text cell of a CSV with a header row: none starts as a formula would; numbers are left alone. */
    private static void assertNoFormula(String csv, int rowCount) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
            rows = it.readAll();
        }
        String[] header = rows.get(0);
        assertThat(rows).as("every matter of the hostile pack is in the file").hasSize(1 + rowCount);
        for (String[] row : rows.subList(1, rows.size())) {
            for (int i = 0; i < row.length; i++) {
                if (NUMERIC.contains(header[i])) {
                    continue;
                }
                assertThat(row[i]).as(header[i]).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }
}
