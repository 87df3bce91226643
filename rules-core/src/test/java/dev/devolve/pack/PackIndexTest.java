package dev.devolve.pack;

import dev.devolve.error.DevolveException;
import dev.devolve.error.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bundled packs read through the index of their files (test packs under devolve/packs/ of the test class path). */
class PackIndexTest {

    @TempDir
    Path tmp;

    private static Path testResource(String name) throws URISyntaxException {
        return Path.of(PackIndexTest.class.getResource("/" + name).toURI());
    }

    @Test
    void aBundledPackIsTheSamePackAsItsFolder() throws URISyntaxException {
        RulePack bundled = PackLoader.bundled("indexed");
        RulePack folder = PackLoader.directory(testResource("devolve/packs/indexed"));
        assertThat(bundled.origin()).isEqualTo("classpath:devolve/packs/indexed");
        assertThat(bundled.drl()).containsOnlyKeys("dev/devolve/test/indexed.drl");
        assertThat(bundled.contentHash()).isEqualTo(folder.contentHash());
    }

    @Test
    void theIndexWrittenForAFolderListsEveryFileOfEachPack() throws IOException, URISyntaxException {
        Path classes = tmp.resolve("classes");
        copy(testResource("devolve/packs/indexed"), classes.resolve("devolve/packs/indexed"));
        Files.createDirectories(classes.resolve("devolve/packs/not-a-pack"));
        Files.writeString(classes.resolve("devolve/packs/not-a-pack/notes.txt"), "no pack.yaml here");

        assertThat(PackIndex.write(classes)).containsExactly("indexed");
        String written = Files.readString(classes.resolve("META-INF/devolve/packs/indexed.index"));
        assertThat(PackIndex.parse(written)).containsExactly("dev/devolve/test/indexed.drl", "pack.yaml")
                .isEqualTo(PackIndex.parse(Files.readString(testResource("META-INF/devolve/packs/indexed.index"))));
        assertThat(classes.resolve("META-INF/devolve/packs/not-a-pack.index")).doesNotExist();
    }

    @Test
    void aListedPackWithoutAFolderFailsTheBuildOfItsJar() throws IOException, URISyntaxException {
        Path classes = tmp.resolve("classes");
        copy(testResource("devolve/packs/indexed"), classes.resolve("devolve/packs/indexed"));
        Files.createDirectories(classes.resolve("META-INF/devolve"));
        Files.writeString(classes.resolve("META-INF/devolve/bundled-packs"), "indexed\nindexd\n");
        assertThatThrownBy(() -> PackIndex.main(new String[] {classes.toString()}))
                .hasMessageEndingWith("META-INF/devolve/bundled-packs lists pack 'indexd', but there is no devolve/packs/indexd/pack.yaml;"
                        + " the pack folders are [indexed]");
        Files.writeString(classes.resolve("META-INF/devolve/bundled-packs"), "indexed\n");
        PackIndex.main(new String[] {classes.toString()});
        assertThat(classes.resolve("META-INF/devolve/packs/indexed.index")).isRegularFile();
    }

    @Test
    void aFileListedButMissingNamesThePackAndTheFile() {
        assertThatThrownBy(() -> PackLoader.bundled("unlisted-file")).isInstanceOf(InputException.class)
                .hasMessage("classpath:devolve/packs/unlisted-file: cannot read the pack: devolve/packs/unlisted-file/missing.drl"
                        + " is listed in META-INF/devolve/packs/ but is not on the classpath");
    }

    @Test
    void aPackWithoutAnIndexIsNotBundled() {
        assertThat(PackLoader.isBundled("indexed")).isTrue();
        assertThat(PackLoader.isBundled("nowhere")).isFalse();
        assertThat(PackLoader.isBundled("../indexed")).isFalse();
        assertThatThrownBy(() -> PackLoader.bundled("nowhere")).isInstanceOf(DevolveException.class)
                .hasMessageStartingWith("no bundled pack 'nowhere' (no META-INF/devolve/packs/nowhere.index on the classpath)");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
