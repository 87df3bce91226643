package dev.devolve.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads YAML or JSON into {@link Node}s that remember their line and column. YAML is a superset of
 * JSON, but JSON files are read with the JSON parser so that its stricter syntax errors are reported.
 */
public final class Documents {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();
    /** How deep mappings and lists may nest. */
    static final int MAX_DEPTH = 32;
    /** The longest key. */
    static final int MAX_KEY = 200;

    private Documents() {
    }

    /**
     * Parses one document.
     *
     * @param source the file name used in error messages; a name ending in {@code .json} selects JSON
     * @throws InputException on a syntax error, with line and column
     */
    public static Node parse(String source, String text) {
        JsonFactory factory = source != null && source.endsWith(".json") ? JSON : YAML;
        String body = TextFiles.withoutBom(text);
        try (Reader r = new StringReader(body); JsonParser p = factory.createParser(r)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw new InputException(source, 1, 1, "the document is empty");
                }
                Node root = read(p, source, "", 0);
                if (p.nextToken() != null) {
                    JsonLocation loc = p.currentTokenLocation();
                    throw new InputException(source, loc.getLineNr(), loc.getColumnNr(), "unexpected content after the document");
                }
                return root;
            } catch (JsonProcessingException | YAMLException e) {
                throw failure(source, p, e);
            }
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The items of a document that is one list, parsed one at a time as they are taken, so a list
     * of any length takes the memory of one item. Close the stream to close {@code reader}.
     *
     * @param source the file name used in error messages; a name ending in {@code .json} selects JSON
     * @throws InputException (when taking items) on a syntax error, with line and column, or when the
     *                        document is not a list
     */
    public static Stream<Node> items(String source, Reader reader) {
        JsonFactory factory = source != null && source.endsWith(".json") ? JSON : YAML;
        JsonParser p;
        try {
            p = factory.createParser(reader);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        Iterator<Node> it = new Iterator<>() {
            private Node next;
            private int index;
            private boolean started;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        advance();
                    } catch (JsonProcessingException | YAMLException e) {
                        throw failure(source, p, e);
                    } catch (IOException e) {
                        throw new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
                    }
                }
                return next != null;
            }

            private void advance() throws IOException {
                if (!started) {
                    started = true;
                    JsonToken first = p.nextToken();
                    if (first == null) {
                        throw new InputException(source, 1, 1, "the document is empty");
                    }
                    if (first != JsonToken.START_ARRAY) {
                        throw read(p, source, "", 0).error("expected a list, found a " + (first == JsonToken.START_OBJECT ? "mapping" : "value"));
                    }
                }
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    done = true;
                    if (p.nextToken() != null) {
                        JsonLocation loc = p.currentTokenLocation();
                        throw new InputException(source, loc.getLineNr(), loc.getColumnNr(), "unexpected content after the document");
                    }
                    return;
                }
                next = read(p, source, "[" + index++ + "]", 1);
            }

            @Override
            public Node next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Node n = next;
                next = null;
                return n;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false).onClose(() -> {
            try {
                p.close();
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A syntax error, or one of the parsers' own limits (nesting, token length), some of which report
     * no location of their own, or report it unchecked (the YAML parser): then where the parser is.
     */
    private static InputException failure(String source, JsonParser p, Exception e) {
        if (e instanceof JsonProcessingException j) {
            JsonLocation loc = j.getLocation() != null ? j.getLocation() : p.currentLocation();
            String msg = j.getOriginalMessage().lines().findFirst().orElse("syntax error");
            return new InputException(source, loc.getLineNr(), loc.getColumnNr(), "syntax error: " + msg, e);
        }
        JsonLocation loc = p.currentLocation();
        return new InputException(source, loc.getLineNr(), loc.getColumnNr(), "syntax error: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()), e);
    }

    private static Node read(JsonParser p, String source, String path, int depth) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new InputException(source, line, col, "the document nests deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Node.MapNode m = new Node.MapNode(source, line, col, path);
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = word(p.currentName(), source, kl, path);
                    if (key.length() > MAX_KEY) {
                        throw new InputException(source, kl.getLineNr(), kl.getColumnNr(), "a key has at most " + MAX_KEY
                                + " characters, found " + SafeText.quote(key));
                    }
                    p.nextToken();
                    m.put(key, read(p, source, m.childPath(key), depth + 1), kl.getLineNr(), kl.getColumnNr());
                }
                return m;
            }
            case START_ARRAY -> {
                Node.ListNode l = new Node.ListNode(source, line, col, path);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(read(p, source, path + "[" + i++ + "]", depth + 1));
                }
                return l;
            }
            case VALUE_STRING -> {
                return new Node.Scalar(source, line, col, path, word(p.getText(), source, loc, path), Node.Scalar.Kind.STRING);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(source, line, col, path, p.getText(), Node.Scalar.Kind.NUMBER);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                // YAML 1.1 also spells booleans yes/no/on/off: keep the parser's reading, not the text.
                return new Node.Scalar(source, line, col, path, Boolean.toString(t == JsonToken.VALUE_TRUE),
                        Node.Scalar.Kind.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(source, line, col, path, "null", Node.Scalar.Kind.NULL);
            }
            default -> throw new InputException(source, line, col, path + ": unsupported YAML content " + t);
        }
    }

    /** A key or string value: no control character, even one written as an escape inside quotes. */
    private static String word(String text, String source, JsonLocation loc, String path) {
        int bad = SafeText.firstControl(text);
        if (bad >= 0) {
            throw new InputException(TextFiles.CONTROL, source, loc.getLineNr(), loc.getColumnNr(), (path.isEmpty() ? "" : path + ": ")
                    + String.format("control character U+%04X in %s; words, codes, names and notes are one line of printable text",
                    (int) text.charAt(bad), SafeText.quote(text)), null);
        }
        return text;
    }
}
