package dev.devolve.internal.io;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON output escapes every character that could turn a terminal or a JavaScript reader, and no other. */
class JsonTest {

    @Test
    void controlAndBidiCharactersAreEscapedAndChineseIsNot() {
        assertThat(Json.compact(Map.of("name", "富春江镇\u001b[2J\u0085\u009b\u202e\u2066\u2028\u007f\n")))
                .isEqualTo("{\"name\":\"富春江镇\\u001B[2J\\u0085\\u009B\\u202E\\u2066\\u2028\\u007F\\n\"}");
    }
}
