package dev.devolve.pack;

import dev.devolve.internal.io.TextFiles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files of one pack, by their path inside it, remembering which ones the loader read. The
 * content hash covers exactly those: a README, a scenario or any file the engine never opens does
 * not change it, and the order a folder or jar lists its files in does not either.
 */
final class PackFiles {

    private final Map<String, byte[]> files;
    private final String prefix;
    private final Set<String> read = new TreeSet<>();

    /**
     * @param files  every file of the pack, by its path inside it
     * @param prefix what errors put before a path, e.g. the pack's folder
     */
    PackFiles(Map<String, byte[]> files, String prefix) {
        this.files = new TreeMap<>(files);
        this.prefix = prefix;
    }

    boolean has(String rel) {
        return files.containsKey(rel);
    }

    /** The source name errors about the file give: the pack's prefix and the path. */
    String source(String rel) {
        return prefix + "/" + rel;
    }

    /** The bytes of a file the engine reads, or null when the pack has no such file. */
    byte[] bytes(String rel) {
        byte[] b = files.get(rel);
        if (b != null) {
            read.add(rel);
        }
        return b;
    }

    /** The text of a file the engine reads (UTF-8, checked); the file must be in the pack. */
    String text(String rel) {
        return TextFiles.decode(source(rel), bytes(rel));
    }

    /** The DRL files of the pack outside {@code scenarios/}, read, by path. */
    SortedMap<String, String> drl() {
        SortedMap<String, String> drl = new TreeMap<>();
        for (String rel : files.keySet()) {
            if (rel.endsWith(".drl") && !rel.startsWith("scenarios/")) {
                drl.put(rel, text(rel));
            }
        }
        return drl;
    }

    /** Hex SHA-256 over the path and bytes of every file read so far, in path order. */
    String hash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String rel : read) {
                md.update(rel.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(files.get(rel));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
