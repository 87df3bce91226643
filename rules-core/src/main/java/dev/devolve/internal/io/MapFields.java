package dev.devolve.internal.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@link Fields} of a YAML/JSON mapping: each value read through the node under its key, so
 * that a wrong type or word is reported at that node's line and column. {@link Node.MapNode} keeps
 * the entries, their places and which keys were read; this reads them as types.
 */
public interface MapFields extends Fields {

    /** The value under {@code key}, or {@code null} when absent or YAML null; marks it read. */
    Node get(String key);

    /** The value under {@code key}; an error at the mapping when it is absent. */
    Node require(String key);

    @Override
    default String string(String key) {
        Node n = get(key);
        return n == null ? null : n.asScalar().text();
    }

    default String requireString(String key) {
        return require(key).asScalar().text();
    }

    @Override
    default Boolean bool(String key) {
        Node n = get(key);
        return n == null ? null : n.asScalar().bool();
    }

    @Override
    default Integer integer(String key) {
        Node n = get(key);
        return n == null ? null : n.asScalar().integer();
    }

    @Override
    default BigDecimal decimal(String key) {
        Node n = get(key);
        return n == null ? null : n.asScalar().decimal();
    }

    @Override
    default LocalDate date(String key) {
        Node n = get(key);
        return n == null ? null : n.asScalar().date();
    }

    @Override
    default <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        Node n = get(key);
        return n == null ? null : n.asScalar().enumValue(type);
    }

    /** A list of enum words, or a single word; empty when absent. */
    @Override
    default <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
        Node n = get(key);
        Set<E> out = EnumSet.noneOf(type);
        if (n == null) {
            return out;
        }
        if (n instanceof Node.Scalar s) {
            out.add(s.enumValue(type));
        } else {
            for (Node item : n.asList().items()) {
                out.add(item.asScalar().enumValue(type));
            }
        }
        return out;
    }
}
