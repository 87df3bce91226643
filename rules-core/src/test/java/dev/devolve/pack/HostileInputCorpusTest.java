package dev.devolve.pack;

import dev.devolve.api.Diagnostic;
import dev.devolve.api.PackBuildException;
import dev.devolve.api.PolicyEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The hostile packs of class {@code input} ({@code hostile/input/<case>/}): each is refused when the
 * engine is built, with a diagnostic of the code its {@code expect.txt} names ({@code rejected CODE}),
 * located {@code file:line:col} inside the pack, on one bounded line, and nothing of it ran.
 */
class HostileInputCorpusTest {

    private static final String MARK = "devolve.hostile.ran";

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(HostileInputCorpusTest.class.getResource("/hostile/input").toURI());
        List<Path> cases;
        try (Stream<Path> list = Files.list(dir)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(4);
        return cases.stream();
    }

    @AfterEach
    void nothingRan() {
        assertThat(System.getProperty(MARK)).as("a hostile pack ran").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithALocatedDiagnostic(Path pack) throws IOException {
        String[] expect = Files.readString(pack.resolve("expect.txt"), StandardCharsets.UTF_8).trim().split(" ");
        assertThat(expect[0]).isEqualTo("rejected");
        PackBuildException e = catchThrowableOfType(PackBuildException.class,
                () -> PolicyEngine.builder().bundledPacks().packDirectory(pack).build());
        assertThat(e).as("the pack was accepted").isNotNull();
        Diagnostic d = e.diagnostics().stream().filter(x -> x.code().equals(expect[1])).findFirst()
                .orElseThrow(() -> new AssertionError("no " + expect[1] + " diagnostic in " + e.diagnostics()));
        assertThat(d.location().orElseThrow()).startsWith(pack.toString() + "/").matches(".*:\\d+:\\d+");
        assertThat(d.toString()).doesNotContain("\n").doesNotContain("\u001b").hasSizeLessThan(500);
    }
}
