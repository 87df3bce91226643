package dev.devolve.internal.io;

import dev.devolve.error.InputException;
import dev.devolve.input.FactFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text is UTF-8 with an optional BOM, and holds no control character where a word is expected. */
class TextFilesTest {

    @TempDir
    Path tmp;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void notUtf8NamesTheFileTheByteOffsetAndItsLineAndColumn() {
        byte[] latin1 = "code: UM-001\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextFiles.decode("m.yaml", latin1)).isInstanceOf(InputException.class)
                .hasMessage("m.yaml:2:10: is not valid UTF-8: byte 0xE9 at offset 22 starts a bad sequence; save the file as UTF-8")
                .satisfies(e -> assertThat(((InputException) e).code()).isEqualTo(TextFiles.ENCODING));
        byte[] truncated = {'a', (byte) 0xE4, (byte) 0xB8};
        assertThatThrownBy(() -> TextFiles.decode("t.drl", truncated)).hasMessageContaining("offset 1");
    }

    @Test
    void aByteOrderMarkIsAcceptedInEveryKindOfFile() throws IOException {
        Path yaml = tmp.resolve("t.yaml");
        Files.writeString(yaml, "\uFEFFcode: \"410122101\"\nkind: TOWN\n", StandardCharsets.UTF_8);
        assertThat(FactFiles.township(yaml).getCode()).isEqualTo("410122101");
        Path codes = tmp.resolve("codes.txt");
        Files.writeString(codes, "\uFEFF410122101\n", StandardCharsets.UTF_8);
        assertThat(FactFiles.read(codes).lines().findFirst()).contains("410122101");
        assertThat(CsvTable.parse("l.csv", TextFiles.decode("l.csv", bytes("\uFEFFmatter,note\nUM-001,x\n")), Set.of("matter", "note"))
                .rows()).hasSize(1);
        assertThat(Documents.parse("t.json", "\uFEFF{\"code\": \"410122101\"}").asMap().string("code")).isEqualTo("410122101");
    }

    @Test
    void aControlCharacterInAFileIsRejectedWhereItIs() {
        assertThatThrownBy(() -> TextFiles.decode("t.yaml", bytes("code: \"410122101\"\nname: a\u001b[31mred\n")))
                .hasMessage("t.yaml:2:8: control character U+001B; a file holds printable text, tabs and line breaks only")
                .satisfies(e -> assertThat(((InputException) e).code()).isEqualTo(TextFiles.CONTROL));
        assertThatThrownBy(() -> TextFiles.decode("r.drl", bytes("rule \"a\" // \u202e reversed\n")))
                .hasMessageStartingWith("r.drl:1:13: control character U+202E");
        assertThat(TextFiles.decode("ok.csv", bytes("a,b\r\n1,\t2\r\n"))).isEqualTo("a,b\r\n1,\t2\r\n");
    }

    @Test
    void aControlCharacterWrittenAsAnEscapeInAWordIsRejectedToo() {
        assertThatThrownBy(() -> Documents.parse("t.yaml", "name: \"x\\nOutcome: DELEGATE\"\n"))
                .hasMessage("t.yaml:1:7: name: control character U+000A in 'x\\nOutcome: DELEGATE'; "
                        + "words, codes, names and notes are one line of printable text");
        assertThatThrownBy(() -> Documents.parse("t.json", "{\"name\": \"\\u001b[2J\"}")).hasMessageContaining("U+001B");
        assertThatThrownBy(() -> Documents.parse("t.json", "{\"na\\tme\": 1}")).hasMessageStartingWith("t.json:1:2: control character U+0009");
        assertThatThrownBy(() -> CsvTable.parse("m.csv", "code,name\nA,\"two\nlines\"\n", Set.of("code", "name")))
                .hasMessageStartingWith("m.csv:2:2: control character U+000A in 'two\\nlines'");
    }

    @Test
    void deepNestingIsLocated() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertThatThrownBy(() -> Documents.parse("d.json", deep)).isInstanceOf(InputException.class)
                .hasMessage("d.json:1:34: the document nests deeper than 32 levels");
        String yaml = "a:\n" + "  [".repeat(2000);
        assertThatThrownBy(() -> Documents.parse("d.yaml", yaml)).isInstanceOf(InputException.class)
                .hasMessageMatching("d\\.yaml:\\d+:\\d+: .*");
    }

    @Test
    void anInputFileOverItsLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("big.yaml");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertThatThrownBy(() -> TextFiles.read(big)).isInstanceOf(InputException.class)
                .hasMessage(big + ": the file has 3221225472 bytes; at most 67108864 are read");
    }
}
