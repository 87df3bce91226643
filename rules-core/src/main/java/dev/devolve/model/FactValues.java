package dev.devolve.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of one fact record, held by the order of its {@link FactTable}. Mutable: builders fill it, facts copy it. */
final class FactValues {

    private final FactTable table;
    private final Object[] values;

    FactValues(FactTable table) {
        this.table = table;
        this.values = table.fields().stream().map(FactField::absentValue).toArray();
    }

    private FactValues(FactValues other) {
        this.table = other.table;
        this.values = other.values.clone();
    }

    FactValues copy() {
        return new FactValues(this);
    }

    @SuppressWarnings("unchecked")
    <V> V get(FactField<V> f) {
        return (V) values[own(f).index()];
    }

    <V> void set(FactField<V> f, V value) {
        values[own(f).index()] = f.accept(value);
    }

    /**
     * Sets a fact of a record read from people's files (a duty, a proposal): text and decimals
     * within the input limits too.
     *
     * @throws IllegalArgumentException when the text is too long or the decimal too large or too fine
     */
    <V> void setBounded(FactField<V> f, V value) {
        if (value instanceof String s) {
            Problem.bounded(f.path(), s);
        } else if (value instanceof BigDecimal d) {
            Decimals.bounded(f.path(), d);
        }
        set(f, value);
    }

    /** Every fact by its path, in declaration order; unknown facts map to {@code null}. */
    Map<String, Object> byPath() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (FactField<?> f : table.fields()) {
            m.put(f.path(), values[f.index()]);
        }
        return m;
    }

    /** The paths of the facts that are not known and that a rule needing them reports missing. */
    List<String> missing() {
        List<String> out = new ArrayList<>(0);
        for (FactField<?> f : table.fields()) {
            if (f.absence() == FactField.Absence.MISSING && values[f.index()] == null) {
                out.add(f.path());
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private FactField<?> own(FactField<?> f) {
        if (f.table() != table) {
            throw new IllegalArgumentException(f.path() + " is not a fact of " + table.type());
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactValues v && v.table == table && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
