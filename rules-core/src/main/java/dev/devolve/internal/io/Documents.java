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
import java.io.StringReader;

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
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
            throw new InputException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "syntax error: " + msg, e);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
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
