package dev.devolve.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A pack parameter's value in force on the decision's date, with the date it took effect and where
 * it comes from. Rules read thresholds from here rather than writing numbers into DRL.
 */
public final class Param {

    private final String name;
    private final Object value;
    private final LocalDate since;
    private final Provenance provenance;

    public Param(String name, Object value, LocalDate since, Provenance provenance) {
        this.name = name;
        this.value = value;
        this.since = since;
        this.provenance = provenance;
    }

    public String getName() { return name; }
    public Object getValue() { return value; }
    public LocalDate getSince() { return since; }
    public Provenance getProvenance() { return provenance; }

    /** The value as a number. */
    public BigDecimal getNumber() {
        return (BigDecimal) value;
    }

    /** The value as a whole number. */
    public int getIntValue() {
        return ((BigDecimal) value).intValueExact();
    }

    /** The value as a flag. */
    public boolean isFlag() {
        return (Boolean) value;
    }

    /** The value as a table, by key. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getTable() {
        return (Map<String, Object>) value;
    }

    /**
     * The number a table holds under a key ({@code share(4)} reads key {@code "4"}).
     *
     * @throws IllegalStateException naming the parameter and key when there is none
     */
    public BigDecimal share(Object key) {
        Object v = getTable().get(String.valueOf(key));
        if (!(v instanceof BigDecimal d)) {
            throw new IllegalStateException("parameter " + name + " has no number under '" + key + "'");
        }
        return d;
    }

    /** The value as a date. */
    public LocalDate getDate() {
        return (LocalDate) value;
    }

    @Override
    public String toString() {
        return name + "=" + value + " (since " + since + ")";
    }
}
