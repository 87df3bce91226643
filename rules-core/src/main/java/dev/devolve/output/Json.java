package dev.devolve.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.devolve.error.DevolveException;
import dev.devolve.error.SafeText;
import dev.devolve.location.SourceLocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes JSON documents built from ordered maps and lists. Values are normalised first so that the
 * same decision always gives the same bytes: decimals without trailing zeros, dates as ISO text,
 * enums as their words, maps and sets whose order can change from one run to the next (a
 * {@code HashMap}, a {@code Map.of}) sorted by key or element, places as {@code {file, line, column}} objects
 * (leaving out what is not known).
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    static {
        MAPPER.getFactory().setCharacterEscapes(new ControlEscapes());
    }
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {
    }

    /** Pretty-printed JSON with two-space indentation and a trailing newline-free end. */
    public static String pretty(Object document) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(normalise(document));
        } catch (JsonProcessingException e) {
            throw new DevolveException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON on one line, for JSON Lines output. */
    public static String compact(Object document) {
        try {
            return MAPPER.writeValueAsString(normalise(document));
        } catch (JsonProcessingException e) {
            throw new DevolveException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * JSON escapes the C0 controls by its syntax; these escape the rest that {@link SafeText} holds
     * unsafe to show — C1 controls, bidirectional formatting, the line and paragraph separators — so
     * that a document piped to a terminal or read into JavaScript cannot be turned by a value.
     */
    private static final class ControlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return SafeText.isControl(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    /** Converts a value to plain JSON types, keeping map order. */
    public static Object normalise(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Optional<?> o) {
            return o.map(Json::normalise).orElse(null);
        }
        if (v instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof SourceLocation l) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", l.file());
            if (l.line() > 0) {
                out.put("line", l.line());
            }
            if (l.column() > 0) {
                out.put("column", l.column());
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = unordered(m) ? new TreeMap<>() : new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), normalise(val)));
            return out;
        }
        if (v instanceof Set<?> s && unordered(s)) {
            List<Object> out = new ArrayList<>(s.size());
            s.forEach(x -> out.add(normalise(x)));
            out.sort(Comparator.comparing(String::valueOf));
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(x -> out.add(normalise(x)));
            return out;
        }
        return v;
    }

    /**
     * Whether a map or set iterates in an order that can change from one run to the next: a
     * {@code HashMap} or {@code HashSet} (by hash), a {@code Map.of}, {@code Set.of} or their copies
     * (salted anew in each JVM). Insertion-ordered, sorted and enum collections, and views of them, keep theirs.
     */
    private static boolean unordered(Object c) {
        return c instanceof HashMap && !(c instanceof LinkedHashMap) || c instanceof HashSet && !(c instanceof LinkedHashSet)
                || c instanceof ConcurrentHashMap || c.getClass().getName().startsWith("java.util.ImmutableCollections$");
    }
}
