package dev.devolve.location;

import dev.devolve.output.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceLocationTest {

    @Test
    void printsWhatIsKnown() {
        assertThat(SourceLocation.of("p/a.drl", 3, 7)).hasToString("p/a.drl:3:7");
        assertThat(SourceLocation.of("p/a.drl", 3)).hasToString("p/a.drl:3");
        assertThat(SourceLocation.of("p/a.drl")).hasToString("p/a.drl");
    }

    @Test
    void isAJsonObjectWithoutTheUnknownParts() {
        assertThat(Json.compact(SourceLocation.of("p/a.drl", 3, 7))).isEqualTo("{\"file\":\"p/a.drl\",\"line\":3,\"column\":7}");
        assertThat(Json.compact(SourceLocation.of("p/a.drl"))).isEqualTo("{\"file\":\"p/a.drl\"}");
    }

    @Test
    void countsFromOne() {
        assertThatThrownBy(() -> SourceLocation.of("a", -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceLocation.of("a", 0, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
