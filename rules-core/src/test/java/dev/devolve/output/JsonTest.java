package dev.devolve.output;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON output escapes every character that could turn a terminal or a JavaScript reader, and no other;
 * its keys come in the same order in every run.
 */
class JsonTest {

    @Test
    void controlAndBidiCharactersAreEscapedAndChineseIsNot() {
        assertThat(Json.compact(Map.of("name", "富春江镇\u001b[2J\u0085\u009b\u202e\u2066\u2028\u007f\n")))
                .isEqualTo("{\"name\":\"富春江镇\\u001B[2J\\u0085\\u009B\\u202E\\u2066\\u2028\\u007F\\n\"}");
    }

    /** Map.of and Set.of iterate in an order salted anew in each JVM; twenty keys make a lucky order unlikely. */
    @Test
    void mapsAndSetsWhoseOrderChangesFromRunToRunAreSorted() {
        Map<String, Integer> salted = Map.copyOf(IntStream.range(0, 20).boxed().collect(Collectors.toMap(i -> "k" + (char) ('a' + i), i -> i)));
        String keys = IntStream.range(0, 20).mapToObj(i -> "\"k" + (char) ('a' + i) + "\":" + i).collect(Collectors.joining(","));
        assertThat(Json.compact(salted)).isEqualTo("{" + keys + "}");
        assertThat(Json.compact(new HashMap<>(salted))).isEqualTo("{" + keys + "}");
        assertThat(Json.compact(Set.of("c", "a", "b"))).isEqualTo("[\"a\",\"b\",\"c\"]");
    }

    @Test
    void orderedMapsAndSetsKeepTheirOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zh", "中");
        m.put("en", "en");
        m.put("kinds", EnumSet.of(TimeUnit.SECONDS, TimeUnit.NANOSECONDS));
        m.put("list", List.of("b", "a"));
        assertThat(Json.compact(m)).isEqualTo("{\"zh\":\"中\",\"en\":\"en\",\"kinds\":[\"NANOSECONDS\",\"SECONDS\"],\"list\":[\"b\",\"a\"]}");
    }
}
