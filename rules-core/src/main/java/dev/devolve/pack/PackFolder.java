package dev.devolve.pack;

import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every file of a pack folder within fixed limits, all checked on the folder's listing before
 * a byte is read: no symbolic link anywhere inside the pack (wherever it points), no device, pipe or
 * socket, at most {@value #MAX_ENTRIES} files and folders, at most {@value #MAX_DEPTH} folders deep,
 * at most 16 MiB a file and 64 MiB in all.
 */
final class PackFolder {

    /** The code of a symbolic link inside a pack. */
    static final String LINK = "PACK_LINK";
    /** The code of a pack over one of its limits, or holding something other than files and folders. */
    static final String LIMIT = "PACK_LIMIT";

    static final int MAX_ENTRIES = 1000;
    static final int MAX_DEPTH = 16;
    static final long MAX_FILE = 16L << 20;
    static final long MAX_PACK = 64L << 20;

    private PackFolder() {
    }

    /** Every regular file under {@code root}, by path relative to it with {@code /} between names. */
    static Map<String, byte[]> read(Path root, String origin) {
        List<Path> files = list(root, origin);
        Map<String, byte[]> out = new TreeMap<>();
        for (Path p : files) {
            String rel = relative(root, p);
            try (InputStream in = Files.newInputStream(p)) {
                byte[] bytes = in.readNBytes((int) MAX_FILE);
                if (in.read() >= 0) {
                    throw error(LIMIT, origin, rel, "the file grew past " + MAX_FILE + " bytes while it was read");
                }
                out.put(rel, bytes);
            } catch (IOException e) {
                throw new InputException(InputException.INPUT, origin + "/" + rel, 0, 0, "cannot read: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The regular files under {@code root}, after every limit is checked on the listing. */
    private static List<Path> list(Path root, String origin) {
        List<Path> files = new ArrayList<>();
        long[] total = {0};
        int[] entries = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)) {
                        count(dir);
                    }
                    if (root.relativize(dir).getNameCount() > MAX_DEPTH) {
                        throw error(LIMIT, origin, relative(root, dir), "folders nest deeper than " + MAX_DEPTH + " levels");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    count(file);
                    String rel = relative(root, file);
                    if (attrs.isSymbolicLink()) {
                        throw error(LINK, origin, rel, "a symbolic link; a pack holds its own files only, never links");
                    }
                    if (!attrs.isRegularFile()) {
                        throw error(LIMIT, origin, rel, "neither a file nor a folder (a device, pipe or socket)");
                    }
                    if (attrs.size() > MAX_FILE) {
                        throw error(LIMIT, origin, rel, "the file has " + attrs.size() + " bytes; a pack file has at most " + MAX_FILE);
                    }
                    total[0] += attrs.size();
                    if (total[0] > MAX_PACK) {
                        throw error(LIMIT, origin, rel, "the pack's files pass " + MAX_PACK + " bytes in all here");
                    }
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    throw new InputException(InputException.INPUT, origin + "/" + relative(root, file), 0, 0,
                            "cannot read: " + e.getMessage(), e);
                }

                private void count(Path p) {
                    if (++entries[0] > MAX_ENTRIES) {
                        throw error(LIMIT, origin, relative(root, p), "the pack has more than " + MAX_ENTRIES + " files and folders");
                    }
                }
            });
        } catch (IOException e) {
            throw new InputException(InputException.INPUT, origin, 0, 0, "cannot read the pack: " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static InputException error(String code, String origin, String rel, String message) {
        return new InputException(code, origin + "/" + SafeText.line(rel), 0, 0, message, null);
    }
}
