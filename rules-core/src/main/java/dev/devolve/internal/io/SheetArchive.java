package dev.devolve.internal.io;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sheets of the bundled packs, read when the {@code rule-packs} jar is built and kept in it as
 * {@code META-INF/devolve/sheets/<sha256 of the workbook>.tsv}: opening a workbook with the
 * spreadsheet library costs a cold process about 200 ms, a fifth of a {@code decide}. A workbook
 * is looked up by the SHA-256 of its exact bytes, so only the very file read at build matches, and
 * its table is then built from the kept cells exactly as from the library's (header, limits, blank
 * rows, errors and their locations alike). Resources come from the classpath, never from a pack.
 *
 * <p>Layout: the sheet's name on the first line, then a line per row: its number, then each cell,
 * separated by tabs; a backslash, tab, line feed or carriage return in a name or cell is written
 * {@code \\}, {@code \t}, {@code \n} or {@code \r}.
 */
public final class SheetArchive {

    private static final Logger LOG = LoggerFactory.getLogger(SheetArchive.class);
    static final String FOLDER = "META-INF/devolve/sheets/";
    private static final String SUFFIX = ".tsv";

    private SheetArchive() {
    }

    /** The kept grid of a workbook with exactly these bytes, if it was read at build. */
    static Optional<XlsxTable.Grid> find(byte[] workbook) {
        String name = FOLDER + sha256(workbook) + SUFFIX;
        try (InputStream in = LibraryLoader.get().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the classpath: " + e.getMessage(), e);
        }
    }

    static String write(XlsxTable.Grid grid) {
        StringBuilder sb = new StringBuilder(escape(grid.sheet())).append('\n');
        for (XlsxTable.GridRow row : grid.rows()) {
            sb.append(row.number());
            for (String cell : row.cells()) {
                sb.append('\t').append(escape(cell));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static XlsxTable.Grid parse(String text) {
        String[] lines = text.split("\n", -1);
        List<XlsxTable.GridRow> rows = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] parts = lines[i].split("\t", -1);
            String[] cells = new String[parts.length - 1];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = unescape(parts[c + 1]);
            }
            rows.add(new XlsxTable.GridRow(Integer.parseInt(parts[0]), cells));
        }
        return new XlsxTable.Grid(unescape(lines[0]), rows);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            sb.append(switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> e;
            });
        }
        return sb.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Reads every workbook of the packs in a class output directory ({@code devolve/packs/**.xlsx})
     * with the spreadsheet library and keeps its grid under {@link #FOLDER}. A workbook the library
     * cannot read, or over a limit, is not kept: loading it fails as it would anyway.
     *
     * @param args the class output directory, such as {@code target/classes}
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SheetArchive CLASS_OUTPUT_DIRECTORY");
        }
        Path classes = Path.of(args[0]);
        Path folder = classes.resolve(FOLDER);
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            // Sheets whose bytes changed would never match again.
            for (Path f : (Iterable<Path>) old::iterator) {
                Files.delete(f);
            }
        }
        Path packs = classes.resolve("devolve/packs");
        if (!Files.isDirectory(packs)) {
            return;
        }
        List<Path> workbooks;
        try (Stream<Path> all = Files.walk(packs)) {
            workbooks = all.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
        for (Path workbook : workbooks) {
            byte[] bytes = Files.readAllBytes(workbook);
            XlsxTable.Grid grid = XlsxTable.grid(workbook.toString(), bytes);
            Files.writeString(folder.resolve(sha256(bytes) + SUFFIX), write(grid), StandardCharsets.UTF_8);
            LOG.info("kept the first sheet of {} ({} rows)", classes.relativize(workbook), grid.rows().size());
        }
    }
}
