package dev.devolve.pack;

import dev.devolve.TestPacks;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.Diagnostic;
import dev.devolve.error.PackBuildException;
import dev.devolve.internal.io.XlsxTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile pack folders, made at test time because git cannot hold them (links, multi-gigabyte
 * sparse files, pipes, zip bombs): each is refused before anything is read, with a diagnostic
 * naming the file, and the engine build fails with it.
 */
class PackFolderTest {

    @TempDir
    Path tmp;

    private static Diagnostic refused(Path pack, String code) {
        long start = System.nanoTime();
        PackBuildException e = (PackBuildException) org.assertj.core.api.Assertions.catchThrowable(
                () -> PolicyEngine.builder().packDirectory(pack).build());
        assertThat(e).as("the pack was accepted").isNotNull();
        assertThat(System.nanoTime() - start).as("refused before reading").isLessThan(2_000_000_000L);
        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.diagnostics().get(0).code()).isEqualTo(code);
        return e.diagnostics().get(0);
    }

    @Test
    void aLinkedFileLeadingOutOfThePackIsRefusedAndNothingOfItIsEchoed() throws IOException {
        Path pack = TestPacks.tiny(tmp.resolve("p"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0:secret first line\n");
        Files.delete(pack.resolve("matters.csv"));
        Files.createSymbolicLink(pack.resolve("matters.csv"), secret);
        Diagnostic d = refused(pack, "PACK_LINK");
        assertThat(d.location().orElseThrow().file()).isEqualTo(pack + "/matters.csv");
        assertThat(d.toString()).doesNotContain("secret");
    }

    @Test
    void aLinkedFolderIsRefusedEvenWhenItStaysInsideThePack() throws IOException {
        Path pack = TestPacks.tiny(tmp.resolve("p"));
        Files.createSymbolicLink(pack.resolve("again"), pack.resolve("dev"));
        Diagnostic d = refused(pack, "PACK_LINK");
        assertThat(d.location().orElseThrow().file()).endsWith("/again");
    }

    @Test
    void thePackFolderItselfMayBeALink() throws IOException {
        Path pack = TestPacks.tiny(tmp.resolve("p"));
        Path link = Files.createSymbolicLink(tmp.resolve("current"), pack);
        assertThat(PackLoader.directory(link).id()).isEqualTo("tiny");
    }

    @Test
    void aThreeGigabyteFileAnywhereIsRefusedWithoutReadingIt() throws IOException {
        Path pack = TestPacks.tiny(tmp.resolve("p"));
        Files.createDirectories(pack.resolve("docs"));
        sparse(pack.resolve("docs/notes.txt"), 3L << 30);
        Diagnostic d = refused(pack, "PACK_LIMIT");
        assertThat(d.toString()).endsWith("docs/notes.txt: PACK_LIMIT: the file has 3221225472 bytes; a pack file has at most 16777216");
    }

    @Test
    void manySmallFilesPassingThePackTotalAreRefused() throws IOException {
        Path pack = TestPacks.tiny(tmp.resolve("p"));
        for (int i = 0; i < 5; i++) {
            sparse(pack.resolve("part" + i + ".bin"), 15L << 20);
        }
        assertThat(refused(pack, "PACK_LIMIT").message()).contains("pass 67108864 bytes in all");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path pack = TestPacks.tiny(tmp.resolve("p"));
        Path many = Files.createDirectories(pack.resolve("many"));
        for (int i = 0; i < PackFolder.MAX_ENTRIES; i++) {
            Files.createFile(many.resolve("f" + i));
        }
        assertThat(refused(pack, "PACK_LIMIT").message()).isEqualTo("the pack has more than 1000 files and folders");
    }

    @Test
    void foldersNestedTooDeepAreRefused() throws IOException {
        Path pack = TestPacks.tiny(tmp.resolve("p"));
        Files.createDirectories(pack.resolve("a/".repeat(PackFolder.MAX_DEPTH + 1)));
        assertThat(refused(pack, "PACK_LIMIT").message()).isEqualTo("folders nest deeper than 16 levels");
    }

    @Test
    void aPipeThatWouldBlockTheReaderIsRefused() throws Exception {
        Path pack = TestPacks.tiny(tmp.resolve("p"));
        Path fifo = pack.resolve("parameters.csv");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed");
        Diagnostic d = refused(pack, "PACK_LIMIT");
        assertThat(d.message()).contains("neither a file nor a folder");
    }

    @Test
    void aZipBombSpreadsheetIsRefusedBeforeTheSpreadsheetLibraryOpensIt() throws IOException {
        Path pack = TestPacks.tiny(tmp.resolve("p"));
        Files.write(pack.resolve("parameters.xlsx"), zip("xl/worksheets/sheet1.xml", new byte[200 << 20]));
        assertThat(Files.size(pack.resolve("parameters.xlsx"))).isLessThan(1 << 20);
        Diagnostic d = refused(pack, "SPREADSHEET_LIMIT");
        assertThat(d.toString()).contains("parameters.xlsx: SPREADSHEET_LIMIT: the workbook inflates to more than 4194304 bytes");
    }

    @Test
    void aThirteenMegabyteSpreadsheetIsRefusedWithoutExhaustingTheHeap() throws IOException {
        byte[] noise = new byte[13 << 20];
        new Random(7).nextBytes(noise);
        byte[] xlsx = zip("xl/sharedStrings.xml", noise);
        assertThat(xlsx.length).isGreaterThan(13 << 20);
        assertThatThrownBy(() -> XlsxTable.read("list.xlsx", xlsx, Set.of("matter")))
                .hasMessageStartingWith("list.xlsx: the workbook inflates to more than 4194304 bytes");
    }

    @Test
    void aHighlyCompressedPartIsRefusedEvenWithinTheTotal() throws IOException {
        byte[] xlsx = zip("xl/worksheets/sheet1.xml", new byte[3 << 20]);
        assertThatThrownBy(() -> XlsxTable.read("list.xlsx", xlsx, Set.of("matter")))
                .hasMessageContaining("more than 100 times: a zip bomb");
    }

    @Test
    void packReadersGoThroughTheNumberLimits() {
        assertThatThrownBy(() -> CatalogReader.catalog("matters.csv", "code,unitCost\nA,1e-999999999\n"))
                .hasMessageStartingWith("matters.csv:2:2: unitCost: a number has at most 6 decimal places");
        assertThatThrownBy(() -> ParameterYaml.parameters("parameters.yaml", """
                tiny.min_cases:
                  type: NUMBER
                  description: {zh: 最少, en: Minimum}
                  values:
                    - {since: 2020-01-01, value: -1e999999999, note: test, status: modelled}
                """)).hasMessage("parameters.yaml:5:34: tiny.min_cases.values[0].value: a number must be less than 10^15 in magnitude, "
                + "found '-1e999999999'");
        String sheet = "name,type,since,value,note,status,description_zh,description_en,sumsTo\n"
                + "fiscal.split,TABLE,2020-01-01,a=1" + "0".repeat(30) + "|b=0,s,modelled,z,e,\n";
        assertThatThrownBy(() -> ParameterSheet.parameters(dev.devolve.internal.io.CsvTable.parse("parameters.csv", sheet,
                Set.copyOf(ParameterSheet.COLUMNS))))
                .hasMessageStartingWith("parameters.csv:2:4: value: a number must be less than 10^15");
    }

    /** A file of the given length that takes no disk space: the reader must refuse it on its size alone. */
    private static void sparse(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
