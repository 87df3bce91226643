package dev.devolve;

import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.Township;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the test pack into a temporary folder so a test can break one file of it. */
public final class TestPacks {

    private TestPacks() {
    }

    /** A town known only by its code: the test pack's rules need nothing else. */
    public static Township town() {
        return Township.builder().code("410122101").build();
    }

    /** A penalty matter with the given caseload, which the test pack's rules read. */
    public static Matter cases(int n) {
        return Matter.builder().code("X").category(MatterCategory.PENALTY).annualCases(BigDecimal.valueOf(n)).build();
    }

    public static Path tiny(Path into) {
        try {
            Path source = Path.of(TestPacks.class.getResource("/packs/tiny").toURI());
            Path target = into.resolve("tiny");
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces text in a file of the pack. */
    public static void edit(Path pack, String file, String from, String to) {
        try {
            Path p = pack.resolve(file);
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file of the pack. */
    public static void write(Path pack, String file, String text) {
        try {
            Path p = pack.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
