package dev.devolve.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.devolve.api.InputException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringReader;
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
        try (Reader r = new StringReader(text); JsonParser p = factory.createParser(r)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(source, 1, 1, "the document is empty");
            }
            Node root = read(p, source, "");
            if (p.nextToken() != null) {
                JsonLocation loc = p.currentTokenLocation();
                throw new InputException(source, loc.getLineNr(), loc.getColumnNr(), "unexpected content after the document");
            }
            return root;
        } catch (IOException e) {
            throw failure(source, e);
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
            throw failure(source, e);
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
                    } catch (IOException e) {
                        throw failure(source, e);
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
                        throw read(p, source, "").error("expected a list, found a " + (first == JsonToken.START_OBJECT ? "mapping" : "value"));
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
                next = read(p, source, "[" + index++ + "]");
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

    private static InputException failure(String source, IOException e) {
        if (e instanceof JsonProcessingException j) {
            JsonLocation loc = j.getLocation();
            String msg = j.getOriginalMessage().lines().findFirst().orElse("syntax error");
            return new InputException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "syntax error: " + msg, e);
        }
        return new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
    }

    private static Node read(JsonParser p, String source, String path) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Node.MapNode m = new Node.MapNode(source, line, col, path);
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    p.nextToken();
                    m.put(key, read(p, source, m.childPath(key)), kl.getLineNr(), kl.getColumnNr());
                }
                return m;
            }
            case START_ARRAY -> {
                Node.ListNode l = new Node.ListNode(source, line, col, path);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(read(p, source, path + "[" + i++ + "]"));
                }
                return l;
            }
            case VALUE_STRING -> {
                return new Node.Scalar(source, line, col, path, p.getText(), Node.Scalar.Kind.STRING);
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
}
