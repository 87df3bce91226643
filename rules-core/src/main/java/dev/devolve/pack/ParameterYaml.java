package dev.devolve.pack;

import dev.devolve.error.InputException;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.Node;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes {@code parameters.yaml} for the {@link ParameterReader}: a mapping from name to definition. */
final class ParameterYaml {

    private ParameterYaml() {
    }

    static Map<String, Parameter> parameters(String source, String text) {
        Node.MapNode root = Documents.parse(source, text).asMap();
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (String name : root.keys()) {
            Node.MapNode def = root.require(name).asMap();
            ParameterReader.name(name, def::error);
            Parameter.Type type = def.require("type").asScalar().enumValue(Parameter.Type.class);
            BigDecimal sumsTo = def.decimal("sumsTo");
            String unit = def.string("unit");
            Node.MapNode description = def.require("description").asMap();
            String zh = description.requireString("zh");
            String en = description.requireString("en");
            description.finish();
            ParameterReader reader = ParameterReader.start(new ParameterReader.Declared(name, type, zh, en, unit, sumsTo, source,
                    place(def, null)));
            for (Node item : def.require("values").asList().items()) {
                Node.MapNode v = item.asMap();
                LocalDate since = v.require("since").asScalar().date();
                Node valueNode = v.require("value");
                Object value = type == Parameter.Type.TABLE ? table(valueNode) : typed(valueNode.asScalar(), type);
                String reference = v.string("reference");
                String note = v.string("note");
                String status = v.string("status");
                v.finish();
                reader.add(new ParameterReader.Dated(since, value, reference, note, status, place(v, valueNode)));
            }
            Parameter p = reader.finish();
            def.finish();
            out.put(name, p);
        }
        return out;
    }

    /** Errors at a key of the mapping (the mapping itself when the key is absent), or in its value node. */
    private static ParameterReader.Place place(Node.MapNode m, Node valueNode) {
        return new ParameterReader.Place() {
            @Override
            public InputException at(String key, String what) {
                Node n = key == null ? null : m.get(key);
                return (n == null ? m : n).error(what);
            }

            @Override
            public InputException atValue(String entry, String what) {
                Node n = valueNode == null ? m : valueNode;
                return entry == null ? n.error(what) : n.asMap().require(entry).error(what);
            }
        };
    }

    private static Object typed(Node.Scalar s, Parameter.Type type) {
        return switch (type) {
            case INTEGER -> BigDecimal.valueOf(s.integer());
            case NUMBER -> s.decimal();
            case FLAG -> s.bool();
            case DATE -> s.date();
            case TEXT -> s.text();
            case TABLE -> throw s.error("a TABLE value is a mapping from key to value");
        };
    }

    /** A TABLE value: keys to numbers (kept exact) or words. */
    private static Map<String, Object> table(Node node) {
        Node.MapNode m = node.asMap();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : m.keys()) {
            Node.Scalar s = m.require(key).asScalar();
            out.put(key, s.kind() == Node.Scalar.Kind.NUMBER ? s.decimal() : s.text());
        }
        return Collections.unmodifiableMap(out);
    }
}
