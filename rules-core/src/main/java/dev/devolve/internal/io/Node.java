package dev.devolve.internal.io;

import dev.devolve.error.InputException;
import dev.devolve.error.InputLimits;
import dev.devolve.error.SafeText;
import dev.devolve.location.SourceLocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed YAML/JSON value that remembers where it came from, so that every complaint about it can
 * name the file, line, column and key path. Maps are read strictly: {@link #finish()} rejects any
 * key that was not taken.
 */
public abstract sealed class Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    /** The code of a number outside {@link InputLimits}. */
    public static final String NUMBER = "INPUT_NUMBER";

    final String source;
    final int line;
    final int column;
    final String path;

    Node(String source, int line, int column, String path) {
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    public String source() { return source; }
    public int line() { return line; }
    public int column() { return column; }

    /** Where this node is: its source, line and column. */
    public SourceLocation location() { return SourceLocation.of(source, line, column); }

    /** The key path from the document root, e.g. {@code scenarios[2].township.kind}. */
    public String path() { return path; }

    /** An error located at this node, prefixed with its key path. */
    public InputException error(String message) {
        return error(InputException.INPUT, message);
    }

    /** An error with a specific code, located at this node and prefixed with its key path. */
    public InputException error(String code, String message) {
        return new InputException(code, source, line, column, (path.isEmpty() ? "" : path + ": ") + message, null);
    }

    public MapNode asMap() {
        if (this instanceof MapNode m) {
            return m;
        }
        throw error("expected a mapping, found " + describe());
    }

    public ListNode asList() {
        if (this instanceof ListNode l) {
            return l;
        }
        throw error("expected a list, found " + describe());
    }

    public Scalar asScalar() {
        if (this instanceof Scalar s) {
            return s;
        }
        throw error("expected a single value, found " + describe());
    }

    abstract String describe();

    /** A mapping whose keys keep their order and positions. */
    public static final class MapNode extends Node implements MapFields {
        private final Map<String, Node> entries = new LinkedHashMap<>();
        private final Map<String, int[]> keyPositions = new LinkedHashMap<>();
        // Every key a reader asked about: what it understands here, and so what it lists as allowed.
        private final Set<String> taken = new LinkedHashSet<>();

        MapNode(String source, int line, int column, String path) {
            super(source, line, column, path);
        }

        void put(String key, Node value, int keyLine, int keyColumn) {
            if (entries.containsKey(key)) {
                throw new InputException(source, keyLine, keyColumn, childPath(key) + ": duplicate key");
            }
            entries.put(key, value);
            keyPositions.put(key, new int[] {keyLine, keyColumn});
        }

        /**
         * This mapping laid over {@code base}, key by key: its own keys win (an explicit null removes
         * the base's value), a key it lacks comes from {@code base} with that value's own place, and
         * two mappings under one key are laid over each other the same way.
         */
        public MapNode over(MapNode base) {
            MapNode out = new MapNode(source, line, column, path);
            base.entries.forEach((key, value) -> {
                if (!entries.containsKey(key)) {
                    int[] at = base.keyPositions.get(key);
                    out.put(key, value, at[0], at[1]);
                }
            });
            entries.forEach((key, value) -> {
                int[] at = keyPositions.get(key);
                out.put(key, value instanceof MapNode mine && base.entries.get(key) instanceof MapNode theirs ? mine.over(theirs) : value,
                        at[0], at[1]);
            });
            return out;
        }

        String childPath(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        public Set<String> keys() {
            return Collections.unmodifiableSet(entries.keySet());
        }

        /** Whether the key is present with an explicit {@code null} (or {@code ~}). */
        public boolean isExplicitNull(String key) {
            taken.add(key);
            return entries.get(key) instanceof Scalar s && s.isNull();
        }

        @Override
        public boolean has(String key) {
            taken.add(key);
            return entries.containsKey(key) && !(entries.get(key) instanceof Scalar s && s.isNull());
        }

        /** The value under {@code key}, or {@code null} when absent or YAML null; marks it taken. */
        @Override
        public Node get(String key) {
            taken.add(key);
            Node n = entries.get(key);
            return n instanceof Scalar s && s.isNull() ? null : n;
        }

        @Override
        public Node require(String key) {
            Node n = get(key);
            if (n == null) {
                throw error("missing required key '" + childPath(key) + "'");
            }
            return n;
        }

        @Override
        public InputException errorAt(String key, String message) {
            return errorAt(InputException.INPUT, key, message);
        }

        @Override
        public InputException errorAt(String code, String key, String message) {
            Node n = entries.get(key);
            return n == null ? error(code, message) : n.error(code, message);
        }

        /** Rejects every key that was not read, naming it and the keys allowed here. */
        @Override
        public void finish() {
            for (String key : entries.keySet()) {
                if (!taken.contains(key)) {
                    int[] at = keyPositions.get(key);
                    throw new InputException(source, at[0], at[1],
                            childPath(key) + ": unknown key " + SafeText.quote(key) + "; allowed: " + String.join(", ", taken));
                }
            }
        }

        @Override
        String describe() {
            return "a mapping";
        }
    }

    /** A sequence. */
    public static final class ListNode extends Node {
        private final List<Node> items = new ArrayList<>();

        ListNode(String source, int line, int column, String path) {
            super(source, line, column, path);
        }

        void add(Node n) {
            items.add(n);
        }

        public List<Node> items() {
            return Collections.unmodifiableList(items);
        }

        @Override
        String describe() {
            return "a list";
        }
    }

    /** A single value, kept as its source text with the kind of token it was. */
    public static final class Scalar extends Node {
        /** The token kind the parser reported. */
        public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        private final String text;
        private final Kind kind;

        Scalar(String source, int line, int column, String path, String text, Kind kind) {
            super(source, line, column, path);
            this.text = text;
            this.kind = kind;
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        /** The kind of token the parser read. */
        public Kind kind() {
            return kind;
        }

        /** The value as text, whatever its kind. */
        public String text() {
            return text;
        }

        public Boolean bool() {
            if (kind != Kind.BOOLEAN) {
                throw error("expected true or false, found " + SafeText.quote(text));
            }
            return Boolean.valueOf(text);
        }

        /** The number, within {@link InputLimits}. */
        public BigDecimal decimal() {
            if (kind != Kind.NUMBER) {
                throw error("expected a number, found " + SafeText.quote(text));
            }
            try {
                return InputLimits.number(text);
            } catch (IllegalArgumentException e) {
                throw error(NUMBER, e.getMessage());
            }
        }

        /** A whole number, within {@link InputLimits} and the range of an {@code int}. */
        public Integer integer() {
            if (kind != Kind.NUMBER) {
                throw error("expected a whole number, found " + SafeText.quote(text));
            }
            try {
                return InputLimits.whole(text);
            } catch (IllegalArgumentException e) {
                throw error(NUMBER, e.getMessage());
            }
        }

        public LocalDate date() {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error("expected a date as YYYY-MM-DD, found " + SafeText.quote(text));
            }
        }

        public <E extends Enum<E>> E enumValue(Class<E> type) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(text)) {
                    return e;
                }
            }
            throw error("unknown word " + SafeText.quote(text) + "; allowed: " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }

        @Override
        String describe() {
            return kind == Kind.NULL ? "nothing" : SafeText.quote(text);
        }
    }
}
