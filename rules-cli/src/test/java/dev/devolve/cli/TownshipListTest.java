package dev.devolve.cli;

import dev.devolve.error.InputException;
import dev.devolve.input.TownshipList;

import dev.devolve.model.Township;
import dev.devolve.model.TownshipKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Township lists read as streams: checked and counted first, then read again item by item. */
class TownshipListTest {

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> codes(TownshipList list) {
        try (Stream<Township> s = list.stream()) {
            return s.map(Township::getCode).toList();
        }
    }

    @Test
    void aTextFileOfCodesIsCountedAndStreamedInOrder() throws IOException {
        TownshipList list = TownshipList.open(file("codes.txt", "# two\n330122101\n\n  110101001  \n330122101\n"));
        assertThat(list.size()).isEqualTo(3);
        assertThat(codes(list)).containsExactly("330122101", "110101001", "330122101");
        assertThat(codes(list)).as("a second pass reads the file again").hasSize(3);
    }

    @Test
    void aYamlListTakesCodesAndFacts() throws IOException {
        TownshipList list = TownshipList.open(file("t.yaml", "- \"330122101\"\n- {code: \"110101001\"}\n- {code: \"410122101\", kind: TOWN, serviceCentre: true}\n"));
        assertThat(list.size()).isEqualTo(3);
        try (Stream<Township> s = list.stream()) {
            List<Township> all = s.toList();
            assertThat(all.get(0).getName()).isNotNull();
            assertThat(all.get(2).getKind()).isEqualTo(TownshipKind.TOWN);
            assertThat(all.get(2).getServiceCentre()).isTrue();
        }
    }

    @Test
    void aBadItemIsNamedWithItsLineBeforeAnythingIsRead() throws IOException {
        Path codes = file("codes.txt", "330122101\n330122199\n");
        assertThatThrownBy(() -> TownshipList.open(codes)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(codes + ":2:1: unknown township code '330122199'; nearest known codes: ");
        Path yaml = file("t.yaml", "- \"330122101\"\n- {code: \"410122101\", kind: VILAGE}\n");
        assertThatThrownBy(() -> TownshipList.open(yaml)).isInstanceOf(InputException.class).hasMessageContaining(yaml + ":2:")
                .hasMessageContaining("VILAGE");
        Path broken = file("t.json", "[\"330122101\", {\"code\": ]");
        assertThatThrownBy(() -> TownshipList.open(broken)).isInstanceOf(InputException.class).hasMessageStartingWith(broken + ":1:")
                .hasMessageContaining("syntax error");
        Path mapping = file("m.yaml", "code: \"330122101\"\n");
        assertThatThrownBy(() -> TownshipList.open(mapping)).isInstanceOf(InputException.class).hasMessageContaining("expected a list");
    }
}
