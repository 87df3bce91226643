package dev.devolve.input;

import dev.devolve.error.DevolveException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the national list's rows: codes, names quoted or not, line ends, and a located error when a row is wrong. */
class NationalListParseTest {

    private static final String HEADER = NationalTownships.HEADER + "\n";

    @Test
    void namesQuotedOrNotWithCommasAndQuotesAndEitherLineEnd() {
        NationalTownships list = NationalTownships.parse("\uFEFF" + NationalTownships.HEADER + "\r\n"
                + "330122102,\"桐君街道\",330122,33,3301\r\n"
                + "330122101,富春江镇,330122,33,3301\r\n"
                + "\r\n"
                + "330122103,\"a, \"\"b\"\"\",330122,33,3301");
        assertThat(list.codes()).containsExactly("330122101", "330122102", "330122103");
        assertThat(list.require("330122101").getName()).isEqualTo("富春江镇");
        assertThat(list.require("330122102").getName()).isEqualTo("桐君街道");
        assertThat(list.require("330122103").getName()).isEqualTo("a, \"b\"");
    }

    @Test
    void aWrongHeaderOrRowIsNamedWithItsLine() {
        assertThatThrownBy(() -> NationalTownships.parse("code,name\n1,x\n")).isInstanceOf(DevolveException.class)
                .hasMessageContaining("streets.csv:1: expected the header");
        assertThatThrownBy(() -> NationalTownships.parse(HEADER + "110101001,\"ok\",1,1,1\n110101002\n"))
                .isInstanceOf(DevolveException.class).hasMessageContaining("streets.csv:3: expected code,name");
        assertThatThrownBy(() -> NationalTownships.parse(HEADER + "110101001,\"open,1,1,1\n"))
                .isInstanceOf(DevolveException.class).hasMessageContaining("streets.csv:2: a quoted name is not closed");
    }
}
