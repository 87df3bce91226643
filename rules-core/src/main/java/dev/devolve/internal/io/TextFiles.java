package dev.devolve.internal.io;

import dev.devolve.error.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import dev.devolve.error.SafeText;
import dev.devolve.location.SourceLocation;

/**
 * Reads text files the one way every reader does: UTF-8 only (an error names the file, the byte
 * offset of the first bad sequence and its line and column), a byte-order mark at the start
 * accepted and dropped, a size limit checked before reading, and no control character other than
 * tab and line breaks anywhere in the text (nor any bidirectional override, which could make the
 * text read differently from what a parser sees).
 */
public final class TextFiles {

    /** The code of a file that is not UTF-8. */
    public static final String ENCODING = "INPUT_ENCODING";
    /** The code of a control character where none may be. */
    public static final String CONTROL = "INPUT_CONTROL_CHARACTER";
    /** The code of a file over its size limit. */
    public static final String SIZE = "INPUT_SIZE";
    /** The largest input file read (facts, scenarios, mandates, lists of townships): 64 MiB. */
    public static final long MAX_FILE = 64L << 20;

    private static final char BOM = '\uFEFF';

    private TextFiles() {
    }

    /** Reads a UTF-8 text file of at most {@link #MAX_FILE} bytes. */
    public static String read(Path file) {
        String source = file.toString();
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw new InputException(source, 0, 0, "not a regular file");
            }
            return decode(source, bounded(file, source, MAX_FILE));
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads at most {@code limit} bytes of a file, failing when it has more: the size is checked
     * before reading and again while reading, in case the file grows in between.
     */
    static byte[] bounded(Path file, String source, long limit) throws IOException {
        long size = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
        if (size > limit) {
            throw tooBig(source, size, limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit);
            if (in.read() >= 0) {
                throw tooBig(source, limit + 1, limit);
            }
            return bytes;
        }
    }

    private static InputException tooBig(String source, long size, long limit) {
        return new InputException(SIZE, source, 0, 0, "the file has " + size + " bytes; at most " + limit + " are read", null);
    }

    /** Decodes UTF-8 strictly, drops a leading byte-order mark and rejects control characters. */
    public static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
            throw new InputException(ENCODING, SourceLocation.at(source, before, before.length()), String.format(
                    "is not valid UTF-8: byte 0x%02X at offset %d starts a bad sequence; save the file as UTF-8",
                    bytes[offset] & 0xFF, offset), null);
        }
        out.flip();
        String text = withoutBom(out.toString());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SafeText.isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new InputException(CONTROL, SourceLocation.at(source, text, i), String.format(
                        "control character U+%04X; a file holds printable text, tabs and line breaks only", (int) c), null);
            }
        }
        return text;
    }

    /**
     * Checks a file of any size the way {@link #decode} checks text — UTF-8, no control character —
     * reading it in blocks, so that a reader that then streams it (a list of a million townships)
     * meets no encoding error half-way and takes no more memory than a block.
     */
    public static void check(Path file) {
        String source = file.toString();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long consumed = 0;
        int line = 1;
        long column = 1;
        boolean first = true;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                in.position(in.position() + Math.max(n, 0));
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, end);
                if (!result.isError() && end) {
                    result = decoder.flush(out);
                }
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (first && c == BOM) {
                        first = false;
                        continue;
                    }
                    first = false;
                    if (c == '\n') {
                        line++;
                        column = 1;
                        continue;
                    }
                    if (SafeText.isControl(c) && c != '\t' && c != '\r') {
                        throw new InputException(CONTROL, source, line, (int) Math.min(column, Integer.MAX_VALUE), String.format(
                                "control character U+%04X; a file holds printable text, tabs and line breaks only", (int) c), null);
                    }
                    column++;
                }
                if (result.isError()) {
                    throw new InputException(ENCODING, source, line, (int) Math.min(column, Integer.MAX_VALUE), String.format(
                            "is not valid UTF-8: byte 0x%02X at offset %d starts a bad sequence; save the file as UTF-8",
                            in.get(in.position()) & 0xFF, consumed + in.position() - before), null);
                }
                consumed += in.position() - before;
                in.compact();
                out.clear();
            }
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** A reader of a UTF-8 file, past a leading byte-order mark; check the file first with {@link #check}. */
    public static BufferedReader reader(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    /** The text without a leading byte-order mark. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
