package dev.devolve.cli;

import dev.devolve.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input on the command line: one short error line on stderr, exit 1, nothing forged. */
class CliSafetyTest {

    @TempDir
    Path tmp;

    private static Result run(String... args) {
        return Cli.run(args);
    }

    private static void oneErrorLine(Result r, String start) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith(start).hasSizeLessThan(400).doesNotContain("\u001b").doesNotContain("Exception");
    }

    @Test
    void theFortyFiveByteFileGivesOneShortLine() throws IOException {
        Path m = Files.writeString(tmp.resolve("m.yaml"), "category: PENALTY\nannualCases: -1e999999999\n");
        Result r = run("decide", "--township", "330122101", "--matter", m.toString(), "--as-of", "2024-03-01");
        oneErrorLine(r, "devolve: " + m + ":2:14: annualCases: a number must be less than 10^15 in magnitude, found '-1e999999999'");
    }

    @Test
    void fiscalAmountsAreBoundedToo() {
        oneErrorLine(run("fiscal", "--township", "330122101", "--service", "PUBLIC_HEALTH", "--amount", "1e999999999"),
                "devolve: Invalid value for option '--amount': a number must be less than 10^15");
        oneErrorLine(run("fiscal", "--township", "330122101", "--service", "PUBLIC_HEALTH", "--amount", "0.001"),
                "devolve: Invalid value for option '--amount': an amount of yuan has at most 2 decimal places");
    }

    @Test
    void mandatesErrorsKeepTheirLocation() throws IOException {
        Path md = Files.writeString(tmp.resolve("md.yaml"), "duties:\n  - {matter: UM-001, amount: 1e-400}\n");
        oneErrorLine(run("assess", "--township", "330122101", "--mandates", md.toString()),
                "devolve: " + md + ":2:30: duties[0].amount: a number has at most 6 decimal places");
    }

    @Test
    void aMandateForAMatterNotInTheCatalogIsLocated() throws IOException {
        Path md = Files.writeString(tmp.resolve("md.yaml"), "transfers:\n  - {matter: UM-001, amount: 5}\n  - {matter: XX-999, amount: 5}\n");
        oneErrorLine(run("assess", "--township", "330122101", "--mandates", md.toString()),
                "devolve: " + md + ":3:14: transfers[1].matter: a transfer names matter 'XX-999', which is not in the catalog");
    }

    @Test
    void aNameWithAnEscapedLineBreakCannotForgeAnOutcomeLine() throws IOException {
        Path t = Files.writeString(tmp.resolve("t.yaml"), "code: \"330122101\"\nname: \"x\\nOutcome:      DELEGATE\\e[2J\"\n");
        oneErrorLine(run("decide", "--township", t.toString(), "--matter", "UM-001", "--as-of", "2024-03-01"),
                "devolve: " + t + ":2:7: name: control character U+000A in 'x\\nOutcome:      DELEGATE\\u001B[2J'");
    }

    @Test
    void notUtf8NamesTheByteOffset() throws IOException {
        Path t = tmp.resolve("t.yaml");
        Files.write(t, "code: \"330122101\"\nname: \u5bcc\u6625\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        oneErrorLine(run("assess", "--township", t.toString()),
                "devolve: " + t + ":2:7: is not valid UTF-8: byte 0xB8 at offset 24 starts a bad sequence");
    }

    @Test
    void aByteOrderMarkDoesNotLeakIntoACode() throws IOException {
        Path codes = Files.writeString(tmp.resolve("codes.txt"), "\uFEFF330122101\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("b.csv");
        Result r = run("batch", "--townships", codes.toString(), "--out", out.toString(), "--as-of", "2024-03-01", "--threads", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(1 + 81);
    }

    @Test
    void outIsCheckedBeforeTheWorkStarts() throws IOException {
        // The townships file does not exist: the --out problem is found first, before anything is read.
        oneErrorLine(run("batch", "--townships", tmp.resolve("none.txt").toString(), "--out", tmp.toString()),
                "devolve: --out: " + tmp + " is a folder; give the name of the file to write");
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        oneErrorLine(run("batch", "--townships", "all", "--out", file.resolve("all.csv").toString()),
                "devolve: --out: " + file.resolve("all.csv") + " cannot be written: " + file + " is not a folder");
        oneErrorLine(run("catalog", "--out", tmp.toString()), "devolve: --out: " + tmp + " is a folder");
    }

    @Test
    void countOptionsAreBoundedBeforeTheWork() {
        oneErrorLine(run("batch", "--townships", "all", "--out", "/tmp/never.csv", "--threads", "2000000000"),
                "devolve: --threads must be between 1 and 256, found 2000000000");
        oneErrorLine(run("diff", "--base", "/nonexistent", "--head", "/nonexistent", "--examples", "2000000000"),
                "devolve: --examples must be between 0 and 1000, found 2000000000");
        oneErrorLine(run("diff", "--base", "/nonexistent", "--head", "/nonexistent", "--threads", "-1"),
                "devolve: --threads must be between 1 and 256, found -1");
    }

    @Test
    void aTownshipNamedLikeAFormulaIsTextInCsv() throws IOException {
        Path t = Files.writeString(tmp.resolve("t.yaml"), "code: \"330122101\"\nname: \"=cmd|' /C calc'!A0\"\n");
        Result r = run("assess", "--township", t.toString(), "--as-of", "2024-03-01", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        // The name is a text cell that starts with a quote, so no spreadsheet reads it as a formula.
        assertThat(r.out().lines().skip(1)).hasSize(81)
                .allSatisfy(l -> assertThat(l).matches("(decision|fiscal),330122101,'=cmd\\|' /C calc'!A0,.*"));
    }
}
