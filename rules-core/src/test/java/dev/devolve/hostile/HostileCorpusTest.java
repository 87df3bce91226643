package dev.devolve.hostile;

import dev.devolve.api.EngineBuilder;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.PackBuildException;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.pack.PackLoader;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every hostile pack under {@code src/test/resources/hostile/<class>/<case>/}. Each folder is
 * a complete pack and an {@code expect.txt} of one line: {@code rejected CODE} (building an engine
 * with it throws a diagnostic of that code located {@code file:line:col} inside the pack, on one
 * bounded line), {@code neutralised} (it builds and decides; its words attack outputs) or
 * {@code error CODE} (the engine builds, and assessing township 330122101 as of 2024-03-01 with a
 * 1 s timeout returns within 2 s, every decision cut short with a diagnostic of that code); a
 * third word {@code trusted} builds the engine with {@code trusted()}, for what must hold without
 * the sandbox (a build failure names the packs when no file can be named). Every
 * case must also leave untouched what a hostile pack would reach for: the system property
 * {@code devolve.hostile.ran}, the directory in {@code devolve.hostile.dir}, and a local server
 * socket whose port is in {@code devolve.hostile.port}.
 */
class HostileCorpusTest {

    private static final String RAN = "devolve.hostile.ran";
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final Path REFERENCE = Path.of("../rule-packs/src/main/resources/devolve/packs");
    private static final Township TOWNSHIP = Township.builder().code("330122101").build();

    private static ServerSocket server;
    private static Path dir;

    @BeforeAll
    static void traps() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setSoTimeout(1);
        dir = Files.createTempDirectory("devolve-hostile");
        System.setProperty("devolve.hostile.port", String.valueOf(server.getLocalPort()));
        System.setProperty("devolve.hostile.dir", dir.toString());
    }

    @AfterAll
    static void close() throws IOException {
        server.close();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(HostileCorpusTest::delete);
        }
        Files.delete(dir);
    }

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(HostileCorpusTest.class.getResource("/hostile").toURI());
        try (Stream<Path> classes = Files.list(root)) {
            return classes.filter(Files::isDirectory).flatMap(HostileCorpusTest::list).filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isContained(Path pack) throws Exception {
        String[] expect = Files.readString(pack.resolve("expect.txt"), StandardCharsets.UTF_8).trim().split("\\s+");
        try {
            switch (expect[0]) {
                case "rejected" -> rejected(pack, expect, code(pack, expect));
                case "error" -> cutShort(pack, expect, code(pack, expect));
                case "neutralised" -> neutralised(pack, expect);
                default -> fail("expect.txt of " + pack + " must say 'rejected CODE', 'error CODE' or 'neutralised', not " + expect[0]);
            }
        } finally {
            nothingTouched(pack);
        }
    }

    /**
     * A builder with the case's pack, and with the reference packs when the case depends on them,
     * read from their source folder: rules-core cannot depend on the module that bundles them.
     */
    private static EngineBuilder builder(Path pack, String[] expect) throws IOException {
        EngineBuilder b = expect.length == 3 && expect[2].equals("trusted") ? PolicyEngine.builder().trusted() : PolicyEngine.builder();
        if (Files.readString(pack.resolve("pack.yaml"), StandardCharsets.UTF_8).contains("dependsOn")) {
            try (Stream<Path> packs = Files.list(REFERENCE)) {
                packs.filter(p -> Files.isRegularFile(p.resolve("pack.yaml"))).sorted().forEach(b::packDirectory);
            }
        }
        return b.packDirectory(pack);
    }

    private static String code(Path pack, String[] expect) {
        assertThat(expect.length == 2 || expect.length == 3 && expect[2].equals("trusted")).as("expect.txt of " + pack
                + ": CODE, then 'trusted' at most").isTrue();
        return expect[1];
    }

    private static void rejected(Path pack, String[] expect, String code) throws IOException {
        // A diagnostic names a file of the pack by the pack's folder (an input error) or its id (a DRL error).
        Matcher id = Pattern.compile("(?m)^id:\\s*(\\S+)").matcher(Files.readString(pack.resolve("pack.yaml"), StandardCharsets.UTF_8));
        String inPack = "(.*/)?(" + Pattern.quote(pack.getFileName().toString()) + (id.find() ? "|" + Pattern.quote(id.group(1)) : "") + ")";
        String at = code.equals("DRL_BUILD") ? inPack + "(/.+:\\d+:\\d+)?" : inPack + "/.+:\\d+:\\d+";
        assertThatThrownBy(() -> builder(pack, expect).build())
                .isInstanceOf(PackBuildException.class)
                .satisfies(e -> assertThat(((PackBuildException) e).diagnostics()).as("diagnostics").anySatisfy(d -> {
                    assertThat(d.code()).isEqualTo(code);
                    assertThat(d.location().map(String::valueOf)).hasValueSatisfying(l -> assertThat(l).matches(at));
                    // One bounded line, whatever the pack holds: a diagnostic cannot forge output.
                    assertThat(d.toString()).doesNotContain("\n").doesNotContain("\u001b").hasSizeLessThan(500);
                }));
    }

    /**
     * A pack whose words are meant to attack outputs (formulas, markup) is read as written: words are
     * data, and neutralising them is each output's job, which rules-cli's {@code HostileOutputTest}
     * checks on every output these packs reach.
     */
    private static void neutralised(Path pack, String[] expect) {
        assertThat(expect).as("expect.txt of " + pack).hasSize(1);
        assertThat(PackLoader.directory(pack).catalog()).as("catalog of " + pack)
                .anySatisfy(m -> assertThat(m.getCode() + m.getName()).containsAnyOf("=", "+", "-", "@", "<"));
    }

    private static void cutShort(Path pack, String[] expect, String code) throws Exception {
        // The bundled packs insert a few hundred facts a session: a cap of 5,000 meets an insert bomb
        // long before the 1 s clock does, however loaded the machine.
        PolicyEngine engine = builder(pack, expect).timeout(Duration.ofSeconds(1)).maxInsertsPerSession(5_000).build();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Assessment> result = runner.submit(() -> engine.assess(TOWNSHIP, AS_OF));
            Assessment assessment = result.get(2, TimeUnit.SECONDS);
            assertThat(assessment.decisions()).isNotEmpty().allSatisfy(d -> assertCutShort(d, code));
            // The engine serves the next call: the hostile pack left nothing behind in it.
            assertThat(runner.submit(() -> engine.assess(TOWNSHIP, AS_OF)).get(2, TimeUnit.SECONDS).decisions())
                    .allSatisfy(d -> assertCutShort(d, code));
        } finally {
            runner.shutdownNow();
        }
    }

    /** A decision cut short: outcome ERROR, its cause the expected code, nothing decided. */
    static void assertCutShort(Decision decision, String code) {
        assertThat(decision.outcome()).as(decision.matter().getCode()).isEqualTo(Outcome.ERROR);
        assertThat(decision.error()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo(code));
        assertThat(decision.mode()).isEmpty();
        assertThat(decision.obligations()).isEmpty();
    }

    private static void nothingTouched(Path pack) throws IOException {
        assertThat(System.getProperty(RAN)).as(pack + " set " + RAN).isNull();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).as(pack + " wrote into the hostile directory").isEmpty();
        }
        try (Socket s = server.accept()) {
            fail(pack + " connected to the local server from " + s.getRemoteSocketAddress());
        } catch (SocketTimeoutException expected) {
            // nobody called
        }
    }

    @Test
    void theCorpusCoversEveryClassWithAtLeastFourCases() throws Exception {
        List<Path> all = cases().toList();
        for (String c : List.of("source-tricks", "io-network", "termination", "resource-bombs", "integrity", "silent-failure", "input", "output")) {
            assertThat(all.stream().filter(p -> p.getParent().getFileName().toString().equals(c))).as(c).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
