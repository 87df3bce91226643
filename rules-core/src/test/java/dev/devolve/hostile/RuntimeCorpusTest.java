package dev.devolve.hostile;

import dev.devolve.api.Assessment;
import dev.devolve.api.Decision;
import dev.devolve.api.PackBuildException;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.Township;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The hostile packs of the run-time classes (termination, resource bombs, integrity, silent
 * failure), each built with the reference packs as its {@code expect.txt} says: {@code rejected
 * CODE} must fail to build with that code located in the pack; {@code error CODE} must build, and
 * assessing township 330122101 with a 1 s timeout must return within 2 s with every decision cut
 * short by that code. None may touch the marks the corpus watches.
 */
class RuntimeCorpusTest {

    private static final List<String> CLASSES = List.of("termination", "resource-bombs", "integrity", "silent-failure");
    /** The reference packs, read from their source folder: rules-core cannot depend on the module that bundles them. */
    private static final Path REFERENCE = Path.of("../rule-packs/src/main/resources/devolve/packs");
    private static final Township TOWNSHIP = Township.builder().code("330122101").build();
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @TestFactory
    Stream<DynamicTest> everyHostilePackIsRejectedOrCutShort() throws IOException, URISyntaxException {
        Path root = Path.of(RuntimeCorpusTest.class.getResource("/hostile").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        for (String c : CLASSES) {
            try (Stream<Path> cases = Files.list(root.resolve(c))) {
                for (Path dir : cases.sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(c + "/" + dir.getFileName(), () -> run(dir)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(4 * CLASSES.size());
        return tests.stream();
    }

    private static PolicyEngine.Builder withReferencePacks() throws IOException {
        PolicyEngine.Builder b = PolicyEngine.builder();
        try (Stream<Path> packs = Files.list(REFERENCE)) {
            packs.filter(p -> Files.isRegularFile(p.resolve("pack.yaml"))).sorted().forEach(b::packDirectory);
        }
        return b;
    }

    private static void run(Path dir) throws IOException {
        String[] expect = Files.readString(dir.resolve("expect.txt"), StandardCharsets.UTF_8).trim().split(" ", 2);
        Path outside = Files.createTempDirectory("hostile");
        try (ServerSocket server = new ServerSocket(0)) {
            System.setProperty("devolve.hostile.dir", outside.toString());
            System.setProperty("devolve.hostile.port", Integer.toString(server.getLocalPort()));
            switch (expect[0]) {
                case "rejected" -> assertThatThrownBy(() -> withReferencePacks().packDirectory(dir).build())
                        .isInstanceOfSatisfying(PackBuildException.class, e -> assertThat(e.diagnostics()).anySatisfy(d -> {
                            assertThat(d.code()).isEqualTo(expect[1]);
                            assertThat(d.location()).hasValueSatisfying(l -> assertThat(l)
                                    .matches(".*" + dir.getFileName() + "/[^:]+:\\d+:\\d+"));
                        }));
                case "error" -> {
                    PolicyEngine engine = withReferencePacks().packDirectory(dir).timeout(Duration.ofSeconds(1)).build();
                    long start = System.nanoTime();
                    Assessment a = engine.assess(TOWNSHIP, DAY);
                    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to decide").isLessThan(2_000);
                    assertThat(a.decisions()).isNotEmpty();
                    assertThat(a.decisions().stream().filter(d -> !d.isError() || !d.error().orElseThrow().code().equals(expect[1]))
                            .map(d -> d.matter().getCode() + " " + d.outcome() + " " + d.diagnostics()).limit(3))
                            .as("decisions not cut short by " + expect[1]).isEmpty();
                    // The engine serves the next call: the corpus pack left nothing behind in it.
                    assertThat(engine.assess(TOWNSHIP, DAY).decisions()).allMatch(Decision::isError);
                }
                default -> fail(dir + "/expect.txt: expected 'rejected CODE' or 'error CODE'");
            }
            assertThat(System.getProperty("devolve.hostile.ran")).as("a hostile pack ran code").isNull();
            try (Stream<Path> files = Files.list(outside)) {
                assertThat(files).as("a hostile pack wrote outside").isEmpty();
            }
            server.setSoTimeout(1);
            try {
                server.accept().close();
                fail("a hostile pack connected to the network");
            } catch (SocketTimeoutException expected) {
                // nobody called
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.clearProperty("devolve.hostile.dir");
            System.clearProperty("devolve.hostile.port");
        }
    }
}
