package dev.devolve.pack;

import dev.devolve.error.InputException;
import dev.devolve.error.InputLimits;
import dev.devolve.error.SafeText;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.FactReader;
import dev.devolve.internal.io.TextFiles;
import dev.devolve.model.Matter;
import dev.devolve.model.Township;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers, strings and bytes of any shape, read the way files are read: each gives a value within
 * the documented limits or one located {@link InputException} line of bounded length, quickly; never
 * another exception, a control character in a value, or a message that grows with the input.
 */
class InputBoundsProperties {

    private static final long QUICK = 2_000_000_000L;

    /** Number-like text: signs, digit runs of any length, points and exponents up to the int range. */
    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(60);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), digits.map(d -> "." + d));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(Integer.MIN_VALUE + 1, Integer.MAX_VALUE).map(e -> "e" + e),
                Arbitraries.integers().between(-30, 30).map(e -> "E" + e));
        return Combinators.combine(sign, digits, fraction, exponent).as((s, d, f, e) -> s + d + f + e);
    }

    @Property(tries = 400)
    void everyNumberIsWithinTheLimitsOrOneShortLocatedError(@ForAll("numbers") String text) {
        long start = System.nanoTime();
        for (String source : List.of("m.yaml", "m.json")) {
            String doc = source.endsWith(".json") ? "{\"annualCases\": " + text + "}" : "annualCases: " + text + "\n";
            try {
                Matter m = FactReader.matter(Documents.parse(source, doc).asMap());
                if (m.getAnnualCases() != null) {
                    withinLimits(m.getAnnualCases());
                }
            } catch (InputException e) {
                oneShortLine(e, source);
            }
        }
        try {
            Matter m = CatalogReader.catalog("matters.csv", "code,unitCost,spread\nA," + text + "," + text + "\n").get(0);
            if (m.getUnitCost() != null) {
                withinLimits(m.getUnitCost());
                assertThat(m.getUnitCost().stripTrailingZeros().scale()).isLessThanOrEqualTo(InputLimits.YUAN_SCALE);
            }
        } catch (InputException e) {
            oneShortLine(e, "matters.csv");
        }
        assertThat(System.nanoTime() - start).isLessThan(QUICK);
    }

    private static void withinLimits(BigDecimal d) {
        assertThat(d.abs()).isLessThan(BigDecimal.TEN.pow(InputLimits.MAX_INTEGER_DIGITS));
        assertThat(d.scale()).isBetween(0, InputLimits.MAX_SCALE);
    }

    private static void oneShortLine(InputException e, String source) {
        assertThat(e.getMessage()).startsWith(source + ":").hasSizeLessThanOrEqualTo(InputException.MAX_MESSAGE);
        assertThat(SafeText.firstControl(e.getMessage())).as(e.getMessage()).isEqualTo(-1);
    }

    /** Text with the characters that forge lines and drive terminals, among ordinary ones. */
    @Provide
    Arbitrary<String> words() {
        Arbitrary<Character> hostile = Arbitraries.of('\n', '\r', '\t', '\u001b', '\u0007', '\u0085', '\u009b', '\u202e', '\u2066',
                '\u2028', '\u0000', '\u007f', '\ufeff');
        Arbitrary<Character> plain = Arbitraries.chars().with('a', 'Z', '镇', ' ', '=', '<', '|', '"', '\\', ':');
        return Arbitraries.oneOf(hostile, plain, plain).list().ofMaxSize(30)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property(tries = 400)
    void aWordEitherHasNoControlCharacterOrIsRejectedWhereItIs(@ForAll("words") String name) {
        String json = "{\"code\": \"410122101\", \"name\": \"" + jsonEscape(name) + "\"}";
        try {
            Township t = FactReader.township(Documents.parse("t.json", json).asMap());
            assertThat(SafeText.firstControl(t.getName())).isEqualTo(-1);
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("t.json:1:");
            oneShortLine(e, "t.json");
        }
        try {
            CsvTable table = CsvTable.parse("m.csv", "code,name\nA,\"" + name.replace("\"", "\"\"") + "\"\n", Set.of("code", "name"));
            table.rows().forEach(r -> assertThat(SafeText.firstControl(r.string("name") == null ? "" : r.string("name"))).isEqualTo(-1));
        } catch (InputException e) {
            oneShortLine(e, "m.csv");
        }
    }

    @Property(tries = 300)
    void anyBytesDecodeToCleanTextOrNameTheirOffset(@ForAll @Size(max = 64) List<Byte> raw) {
        byte[] bytes = new byte[raw.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = raw.get(i);
        }
        try {
            String text = TextFiles.decode("f.yaml", bytes);
            assertThat(text.chars().filter(c -> SafeText.isControl(c) && c != '\n' && c != '\r' && c != '\t')).isEmpty();
            assertThat(text).doesNotStartWith("\uFEFF");
        } catch (InputException e) {
            assertThat(e.code()).isIn(TextFiles.ENCODING, TextFiles.CONTROL);
            assertThat(e.getMessage()).matches("f\\.yaml:\\d+:\\d+: .*");
            oneShortLine(e, "f.yaml");
        }
    }

    private static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
