package dev.devolve.internal.drools;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over a sequence of texts, each length-prefixed so that no two sequences give the same bytes. */
final class Digest {

    private final MessageDigest sha;

    /** @param format what the digest is of, and the version of its layout */
    Digest(String format) {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        add(format);
    }

    void add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
