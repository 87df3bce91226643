package dev.devolve.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged command line: it reports the version, commit and Drools version it was built with,
 * carries no test library, and finds and compiles the bundled packs with nothing merged for them
 * but the service files.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "devolve.jar");

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void versionComesFromTheManifest() throws IOException, InterruptedException {
        String out = run("--version");
        assertThat(out.lines().toList()).hasSize(4)
                .satisfies(l -> assertThat(l.get(0)).isEqualTo("devolve " + System.getProperty("devolve.version")))
                .satisfies(l -> assertThat(l.get(1)).matches("commit ([0-9a-f]{12}|unknown \\(built outside a git checkout\\))"))
                .satisfies(l -> assertThat(l.get(2)).isEqualTo("Drools " + System.getProperty("drools.version")));
    }

    @Test
    void theJarCarriesNoTestLibrary() throws IOException {
        assertThat(Files.isRegularFile(JAR)).isTrue();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()))
                    .isNotEmpty()
                    .noneMatch(n -> n.startsWith("org/junit/") || n.startsWith("org/opentest4j/") || n.startsWith("org/assertj/")
                            || n.startsWith("net/jqwik/") || n.startsWith("dev/devolve/testkit/"));
        }
    }

    @Test
    void theBundledPacksCompileInTheShadedJar() throws IOException, InterruptedException {
        assertThat(run("validate")).contains("national", "fiscal", "henan", "zhejiang", "guangdong");
    }
}
