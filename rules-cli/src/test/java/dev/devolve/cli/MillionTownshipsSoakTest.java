package dev.devolve.cli;

import dev.devolve.input.NationalTownships;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch over a list of 1,000,000 townships (the national list over and over) in a JVM limited to
 * 512 MiB: the list is streamed, so memory stays flat. About twenty minutes on two cores; run with
 * {@code mvn -B -Psoak -pl rules-cli -am verify}.
 */
@Tag("soak")
class MillionTownshipsSoakTest {

    private static final int ROWS = 1_000_000;
    private static final Pattern SUMMARY = Pattern.compile("^([\\d,]+) townships, ([\\d,]+) decisions .* in ([\\d.]+) s, .*"
            + "heap used at most (\\d+) MiB of (\\d+) MiB");

    @TempDir
    Path tmp;

    @Test
    void aMillionRowTownshipListCompletesIn512MiB() throws Exception {
        Path list = tmp.resolve("million.txt");
        List<String> codes = NationalTownships.get().codes();
        try (BufferedWriter w = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            w.write("# the national list, over and over\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(codes.get(i % codes.size()));
                w.write('\n');
            }
        }
        Path out = tmp.resolve("million.csv");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Devolve.class.getName(), "batch", "--townships", list.toString(),
                "--out", out.toString(), "--as-of", "2024-03-01", "--threads", "2", "--no-progress")
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(1, TimeUnit.HOURS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        Matcher m = SUMMARY.matcher(output.strip());
        assertThat(m.find()).as(output).isTrue();
        assertThat(m.group(1)).isEqualTo("1,000,000");
        assertThat(m.group(2)).isEqualTo("80,000,000");
        assertThat(Integer.parseInt(m.group(5))).isLessThanOrEqualTo(512);
        long lines = 0;
        try (InputStream in = Files.newInputStream(out)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        assertThat(lines).isEqualTo(1 + (long) ROWS * 81);
        Files.delete(out);
        System.out.println("1,000,000 townships at -Xmx512m: " + m.group(3) + " s, heap used at most " + m.group(4) + " MiB");
    }
}
