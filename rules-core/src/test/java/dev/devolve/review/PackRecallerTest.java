package dev.devolve.review;

import dev.devolve.error.InputException;
import dev.devolve.location.SourceLocation;
import dev.devolve.model.Township;
import dev.devolve.pack.PackLoader;
import dev.devolve.pack.ProvincialList;
import dev.devolve.pack.TownshipRecalls.Recall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The next version of a provincial pack with recalls marked per township, written whole or not at all. */
class PackRecallerTest {

    private static final Path ZHEJIANG = Path.of("../rule-packs/src/main/resources/devolve/packs/zhejiang");
    private static final LocalDate ON = LocalDate.of(2025, 3, 1);

    @TempDir
    Path tmp;

    private static Recall recall(String township, String matter, LocalDate on) {
        return new Recall(township, matter, on, "评估 " + on, SourceLocation.of("usage.csv", 2));
    }

    @Test
    void marksTheRecallForThatTownshipOnlyAndRaisesTheVersion() throws IOException {
        Path next = tmp.resolve("next");
        PackRecaller.Result r = PackRecaller.apply(ZHEJIANG, next, List.of(recall("330122102", "UM-001", ON),
                recall("410122101", "UM-001", ON), recall("330122102", "UM-005", ON), recall("330122102", "XX-1", ON)));
        assertThat(r.version()).isEqualTo("1.1.0");
        assertThat(r.added()).extracting(Recall::township, Recall::matter).containsExactly(tuple("330122102", "UM-001"));
        assertThat(r.skipped()).containsExactly("410122101 × UM-001: the township is not in province 33",
                "330122102 × UM-005: recalled for the whole province on 2023-06-30",
                "330122102 × XX-1: the matter is not on the list of 浙政办发〔2021〕51号");
        ProvincialList list = PackLoader.directory(next).province().orElseThrow();
        Township held = Township.builder().code("330122102").build();
        Township other = Township.builder().code("330122101").build();
        assertThat(list.contextFor(held, "UM-001").getRecalledOn()).contains(ON);
        assertThat(list.contextFor(held, "UM-001").getDocument()).contains("浙政办发〔2021〕51号; 评估 2025-03-01");
        assertThat(list.contextFor(other, "UM-001").getRecalledOn()).isEmpty();
        // UM-005 was recalled for the whole province in 2023: the earlier date stands.
        assertThat(list.contextFor(held, "UM-005").getRecalledOn()).contains(LocalDate.of(2023, 6, 30));

        Path third = tmp.resolve("third");
        PackRecaller.Result again = PackRecaller.apply(next, third, List.of(recall("330122102", "UM-001", ON.plusYears(1)),
                recall("330122101", "UM-002", ON.plusYears(1))));
        assertThat(again.version()).isEqualTo("1.2.0");
        assertThat(again.skipped()).containsExactly("330122102 × UM-001: already recalled on 2025-03-01");
        assertThat(Files.readString(third.resolve("recalls.csv"))).isEqualTo("township,matter,recalledOn,basis\n"
                + "330122102,UM-001,2025-03-01,评估 2025-03-01\n330122101,UM-002,2026-03-01,评估 2026-03-01\n");
        assertThat(Files.readString(third.resolve("province.yaml"))).containsOnlyOnce("recalls:");
    }

    @Test
    void writesNothingWhenTheTargetExistsOrCannotBeMade() throws IOException {
        Path taken = Files.createDirectory(tmp.resolve("taken"));
        assertThatThrownBy(() -> PackRecaller.apply(ZHEJIANG, taken, List.of())).isInstanceOf(InputException.class)
                .hasMessageContaining("already exists");
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> PackRecaller.apply(ZHEJIANG, file.resolve("next"), List.of())).isInstanceOf(InputException.class);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("taken", "file");
        }
    }

    @Test
    void aBadRecallsFileIsALocatedError() throws IOException {
        Path copy = tmp.resolve("copy");
        PackRecaller.apply(ZHEJIANG, copy, List.of(recall("330122102", "UM-001", ON)));
        Files.writeString(copy.resolve("recalls.csv"), "township,matter,recalledOn,basis\n330122102,UM-001,2025-03-01,a\n3301,UM-001,2025-03-01,b\n");
        assertThatThrownBy(() -> PackLoader.directory(copy)).isInstanceOf(InputException.class)
                .hasMessageContaining("recalls.csv:3:1: township: a township is its 9- or 12-digit code, found '3301'");
        Files.writeString(copy.resolve("recalls.csv"), "township,matter,recalledOn,basis\n330122102,UM-001,2025-03-01,a\n330122102,UM-001,2025-04-01,b\n");
        assertThatThrownBy(() -> PackLoader.directory(copy)).hasMessageContaining("recalls.csv:3:2: matter: township 330122102 and matter UM-001 are recalled twice");
        Files.writeString(copy.resolve("recalls.csv"), "township,matter,recalledOn,basis\n330122102,PS-001,2025-03-01,a\n");
        assertThatThrownBy(() -> PackLoader.directory(copy)).hasMessageContaining("recalls.csv:2:2: matter: a recall names a matter of the pack's list");
        Files.writeString(copy.resolve("recalls.csv"), "township,matter,recalledOn,basis\n330122102,UM-001,,a\n");
        assertThatThrownBy(() -> PackLoader.directory(copy)).hasMessageContaining("recalls.csv:2:3: recalledOn: is required");
    }
}
