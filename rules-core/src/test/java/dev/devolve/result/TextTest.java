package dev.devolve.result;

import dev.devolve.model.Outcome;
import dev.devolve.words.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How values are written in explanations, in each language. */
class TextTest {

    @Test
    void listsAreBracketedAndSeparatedInEachLanguageEvenAroundEmptyText() {
        assertThat(Text.display(List.of("a", "", "b"), Language.EN)).isEqualTo("[a, , b]");
        assertThat(Text.display(List.of("", "b"), Language.EN)).isEqualTo("[, b]");
        assertThat(Text.display(List.of(), Language.EN)).isEqualTo("[]");
        assertThat(Text.display(Arrays.asList(Outcome.RETAIN, null, true), Language.ZH)).isEqualTo("[保留在县级（RETAIN）、未知、是]");
        assertThat(Text.display(Arrays.asList(Outcome.RETAIN, null, true), Language.EN)).isEqualTo("[RETAIN, unknown, true]");
    }

    @Test
    void unknownFlagsNumbersAndTablesAreWrittenInTheirLanguage() {
        assertThat(Text.display(null, Language.ZH)).isEqualTo("未知");
        assertThat(Text.display(null, Language.EN)).isEqualTo("unknown");
        assertThat(Text.display(false, Language.ZH)).isEqualTo("否");
        assertThat(Text.display(false, Language.EN)).isEqualTo("false");
        assertThat(Text.display(new BigDecimal("45000.00"), Language.EN)).isEqualTo("45000");
        Map<String, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            table.put("k" + i, i);
        }
        assertThat(Text.display(table, Language.EN)).startsWith("{k0=0, k1=1").doesNotContain("k6=");
    }
}
