package dev.devolve.packs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a bundled pack's folder so that a test can edit it as policy staff would. */
final class PackCopies {

    private PackCopies() {
    }

    /** Copies {@code src/main/resources/devolve/packs/<id>} into {@code into/<id>}. */
    static Path copy(String id, Path into) throws IOException {
        Path source = Path.of("src/main/resources/devolve/packs", id);
        Path target = into.resolve(id);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
