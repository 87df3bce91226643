package dev.devolve.batch;

import dev.devolve.TestPacks;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.DecisionException;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchRunnerTest {

    @TempDir
    Path tmp;

    private static List<Township> townships(int n) {
        return IntStream.range(0, n).mapToObj(i -> Township.builder().code(String.format("410122%03d", 100 + i)).build()).toList();
    }

    @Test
    void writesEveryTownshipInInputOrderWhateverTheThreads() {
        PolicyEngine engine = PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp)).build();
        List<Township> input = townships(250);
        for (int threads : new int[] {1, 2, 3}) {
            List<String> seen = new ArrayList<>();
            BatchSummary s = BatchRunner.builder(engine).asOf(LocalDate.of(2024, 1, 1)).threads(threads).chunkSize(7)
                    .run(input.iterator(), input.size(), (Assessment a) -> seen.add(a.township().getCode()));
            assertThat(seen).containsExactlyElementsOf(input.stream().map(Township::getCode).toList());
            assertThat(s.townships()).isEqualTo(250);
            assertThat(s.decisions()).isEqualTo(500);
            assertThat(s.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(500);
            assertThat(s.line()).contains("250 townships, 500 decisions").contains("ELIGIBLE 250").contains("RETAIN 250");
        }
    }

    @Test
    void formatsRowsAsCsvWithAFiscalRowPerTownship() {
        PolicyEngine engine = PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp)).build();
        StringWriter out = new StringWriter();
        BatchRunner.builder(engine).asOf(LocalDate.of(2024, 1, 1)).threads(2).build()
                .run(townships(3).iterator(), 3, new CsvBatchWriter(), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CsvBatchWriter.COLUMNS));
        assertThat(lines).hasSize(1 + 3 * 3);
        assertThat(lines.get(1)).startsWith("decision,410122100,,TOWN,2024-01-01,A,ELIGIBLE,");
        assertThat(lines.get(3)).startsWith("fiscal,410122100,");
        assertThat(CsvBatchWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvBatchWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void aRefusedTownshipStopsTheBatchWithTheError() {
        PolicyEngine engine = PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp)).build();
        assertThatThrownBy(() -> BatchRunner.builder(engine).asOf(LocalDate.of(2019, 1, 1))
                .run(townships(5).iterator(), 5, a -> { })).isInstanceOf(DecisionException.class);
    }

    @Test
    void anUncommittedFileLeavesNothingBehind() throws IOException {
        Path target = tmp.resolve("out/all.csv");
        try (AtomicFile f = AtomicFile.create(target)) {
            f.writer().write("half a file");
        }
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aCommittedFileReplacesTheTargetWhole() throws IOException {
        Path target = tmp.resolve("all.csv");
        Files.writeString(target, "old");
        try (AtomicFile f = AtomicFile.create(target)) {
            f.writer().write("new contents");
            assertThat(Files.readString(target)).isEqualTo("old");
            f.commit();
        }
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new contents");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).containsExactly(target);
        }
    }
}
