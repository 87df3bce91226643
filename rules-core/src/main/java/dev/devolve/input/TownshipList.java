package dev.devolve.input;

import dev.devolve.error.InputException;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.FactReader;
import dev.devolve.internal.io.Node;
import dev.devolve.internal.io.TextFiles;
import dev.devolve.model.Township;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A file of townships, read as a stream so that a list of any length takes the memory of one
 * township: a text file of codes from the national list (one a line, {@code #} for comments), or a
 * YAML/JSON list whose items are township facts or codes (a code alone, or a mapping with only
 * {@code code}). {@link #open} reads the file once to check every item and count them, so a bad
 * line stops a batch before any work; {@link #stream} reads it again.
 *
 * <pre>{@code
 * TownshipList list = TownshipList.open(Path.of("townships.txt"));
 * try (Stream<Township> s = list.stream()) {
 *     BatchRunner.builder(engine).run(s.iterator(), list.size(), sink);
 * }
 * }</pre>
 */
public final class TownshipList {

    private final Path file;
    private final boolean document;
    private final long size;

    private TownshipList(Path file, boolean document, long size) {
        this.file = file;
        this.document = document;
        this.size = size;
    }

    /**
     * Checks every item of the file and counts them.
     *
     * @throws InputException naming the file, line and column of the first bad item
     */
    public static TownshipList open(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), 0, 0, "no such file");
        }
        TextFiles.check(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        TownshipList unchecked = new TownshipList(file, name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"), -1);
        long n;
        try (Stream<Township> s = unchecked.stream()) {
            n = s.mapToLong(t -> 1).sum();
        }
        return new TownshipList(file, unchecked.document, n);
    }

    /** How many townships the file lists. */
    public long size() {
        return size;
    }

    /**
     * The townships in file order, read as they are taken. Close the stream (try-with-resources)
     * to close the file.
     *
     * @throws InputException (when taking townships) on a bad item, with its line and column
     */
    public Stream<Township> stream() {
        BufferedReader reader;
        try {
            reader = TextFiles.reader(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
        if (document) {
            return Documents.items(file.toString(), reader).map(TownshipList::township);
        }
        int[] line = {0};
        return reader.lines().map(l -> {
            line[0]++;
            String code = l.trim();
            if (code.isEmpty() || code.startsWith("#")) {
                return null;
            }
            int at = line[0];
            return NationalTownships.get().find(code).orElseThrow(() -> new InputException(file.toString(), at, 1, NationalTownships.get().unknown(code, 3)));
        }).filter(Objects::nonNull).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Township township(Node item) {
        boolean codeOnly = item instanceof Node.Scalar || item.asMap().keys().size() == 1 && item.asMap().keys().contains("code");
        if (!codeOnly) {
            return FactReader.township(item.asMap());
        }
        String code = item instanceof Node.Scalar s ? s.text() : item.asMap().requireString("code");
        return NationalTownships.get().find(code).orElseThrow(() -> item.error(NationalTownships.get().unknown(code, 3)));
    }
}
