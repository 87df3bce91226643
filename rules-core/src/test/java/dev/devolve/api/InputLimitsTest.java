package dev.devolve.api;

import dev.devolve.TestPacks;
import dev.devolve.error.InputException;
import dev.devolve.error.InputLimits;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.FactReader;
import dev.devolve.internal.io.Text;
import dev.devolve.result.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers are bounded on their text, before any arithmetic, and the error says where and stays short. */
class InputLimitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"-1e999999999", "1e999999999", "1E2147483647", "1e-999999999", "0.0000001", "1e16", "-1000000000000000",
            "12345678901234567890", "1e-2147483648", "99999999999999999999999999999999999999999"})
    void aNumberOutOfRangeIsRejectedQuickly(String text) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> InputLimits.number(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(160));
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void numbersWithinTheLimitsKeepTheirExactValue() {
        assertThat(InputLimits.number("999999999999999.999999")).isEqualByComparingTo("999999999999999.999999");
        assertThat(InputLimits.number("4e1")).isEqualTo(new BigDecimal("40"));
        assertThat(InputLimits.number("0e-999999999")).isEqualByComparingTo("0");
        assertThat(InputLimits.number("1.50000000000")).isEqualByComparingTo("1.5");
        assertThat(InputLimits.number("-0.8")).isEqualByComparingTo("-0.8");
        assertThat(InputLimits.whole("12")).isEqualTo(12);
        assertThatThrownBy(() -> InputLimits.whole("1.5")).hasMessage("expected a whole number, found '1.5'");
        assertThatThrownBy(() -> InputLimits.whole("99999999999")).hasMessageContaining("whole number");
    }

    @Test
    void yuanAreZeroOrMoreAndToTheFen() {
        assertThat(InputLimits.yuan("36000.50")).isEqualByComparingTo("36000.5");
        assertThatThrownBy(() -> InputLimits.yuan("-1")).hasMessage("an amount is zero or more yuan, found '-1'");
        assertThatThrownBy(() -> InputLimits.yuan("0.001")).hasMessageContaining("at most 2 decimal places (the fen)");
    }

    @Test
    void aHugeLiteralInARulesRequirementIsShownAsWrittenNotExpanded(@TempDir Path tmp) {
        Path pack = TestPacks.tiny(tmp);
        TestPacks.edit(pack, "dev/devolve/test/tiny.drl", "@requires(\"matter.annualCases >= tiny.min_cases\")",
                "@requires(\"matter.annualCases >= 1e999999999\")");
        PolicyEngine engine = PolicyEngine.builder().packDirectory(pack).build();
        long start = System.nanoTime();
        Decision d = engine.decide(DecisionRequest.of(TestPacks.town(), TestPacks.cases(5), LocalDate.of(2024, 3, 1)));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(d.explanation().toChange()).singleElement().satisfies(c -> assertThat(c.textEn())
                .isEqualTo("matter.annualCases 5 < 1e999999999 (needs >= 1e999999999)"));
    }

    @Test
    void aComputedValueFarOutsideTheLimitsIsDisplayedInScientificNotation() {
        assertThat(Text.display(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
        assertThat(Text.display(new BigDecimal("-1e-999999999"))).isEqualTo("-1E-999999999");
        assertThat(Text.display(new BigDecimal("36000.500"))).isEqualTo("36000.5");
    }

    @Test
    void theFortyFiveByteFileGivesAShortLocatedError() {
        String text = "code: STALLS\nannualCases: -1e999999999\n";
        assertThatThrownBy(() -> FactReader.matter(Documents.parse("m.yaml", text).asMap()))
                .isInstanceOf(InputException.class)
                .hasMessage("m.yaml:2:14: annualCases: a number must be less than 10^15 in magnitude, found '-1e999999999'")
                .satisfies(e -> assertThat(((InputException) e).code()).isEqualTo("INPUT_NUMBER"));
    }

    @Test
    void aHugeNumberIsQuotedByAPrefixOnly() {
        String digits = "7".repeat(900);
        assertThatThrownBy(() -> FactReader.matter(Documents.parse("m.json", "{\"unitCost\": " + digits + "}").asMap()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'" + "7".repeat(60) + "…' (900 characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void everyReaderGoesThroughTheLimits() {
        assertThatThrownBy(() -> FactReader.mandates(Documents.parse("md.yaml", "duties:\n  - {matter: UM-001, amount: 1e400}\n").asMap(), code -> true))
                .hasMessageStartingWith("md.yaml:2:30: duties[0].amount: a number must be less than 10^15");
        assertThatThrownBy(() -> FactReader.township(Documents.parse("t.yaml", "code: \"410122101\"\ncertifiedOfficers: 1e10\n").asMap()))
                .hasMessageStartingWith("t.yaml:2:20: certifiedOfficers: expected a whole number");
        assertThatThrownBy(() -> FactReader.service(Documents.parse("s.yaml", "category: PUBLIC_HEALTH\namount: 1e-999999999\n").asMap()))
                .hasMessageStartingWith("s.yaml:2:9: amount: a number has at most 6 decimal places");
    }
}
