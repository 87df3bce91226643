package dev.devolve.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The file index of a bundled pack: {@code META-INF/devolve/packs/<id>.index} lists every file of
 * the pack folder {@code devolve/packs/<id>/}, one path relative to it a line, so that the pack is
 * read file by file with {@code getResourceAsStream} from any jar, nested jar or directory, without
 * listing a directory or opening a zip file system.
 *
 * <p>A jar that bundles packs writes the indexes when it is built: run {@link #main} on its class
 * output directory after the resources are copied (the {@code rule-packs} module does so with the
 * exec-maven-plugin). Each index has its own name, so jars shaded together keep all of them.
 */
public final class PackIndex {

    static final String PACKS = "devolve/packs/";
    static final String INDEXES = "META-INF/devolve/packs/";
    /** The ids of the packs a jar bundles, one a line: what {@link PackLoader#bundledIds()} reads. */
    static final String BUNDLED_LIST = "META-INF/devolve/bundled-packs";

    private PackIndex() {
    }

    /** The class path resource holding the index of pack folder {@code id}. */
    static String resource(String id) {
        return INDEXES + id + ".index";
    }

    /** Reads an index: the pack's relative file paths; blank lines and {@code #} comments are skipped. */
    static List<String> parse(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * Writes the index of every pack folder under {@code <classes>/devolve/packs/}.
     *
     * @return the ids of the packs indexed, in name order
     */
    public static List<String> write(Path classes) throws IOException {
        Path packs = classes.resolve(PACKS);
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(packs)) {
            return ids;
        }
        try (Stream<Path> dirs = Files.list(packs)) {
            for (Path dir : (Iterable<Path>) dirs.filter(d -> Files.isRegularFile(d.resolve("pack.yaml"))).sorted()::iterator) {
                String id = dir.getFileName().toString();
                StringBuilder index = new StringBuilder("# every file of ").append(PACKS).append(id).append("/\n");
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                            .forEach(rel -> index.append(rel).append('\n'));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                Path target = classes.resolve(resource(id));
                Files.createDirectories(target.getParent());
                Files.writeString(target, index, StandardCharsets.UTF_8);
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Writes the indexes of the packs in a class output directory.
     *
     * @param args the class output directory, such as {@code target/classes}
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PackIndex CLASS_OUTPUT_DIRECTORY");
        }
        Path classes = Path.of(args[0]);
        List<String> ids = write(classes);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no pack folder (devolve/packs/<id>/pack.yaml) under " + classes);
        }
        Path list = classes.resolve(BUNDLED_LIST);
        if (Files.isRegularFile(list)) {
            for (String listed : parse(Files.readString(list, StandardCharsets.UTF_8))) {
                if (!ids.contains(listed)) {
                    throw new IllegalArgumentException(list + " lists pack '" + listed + "', but there is no " + PACKS + listed
                            + "/pack.yaml; the pack folders are " + ids);
                }
            }
        }
    }
}
