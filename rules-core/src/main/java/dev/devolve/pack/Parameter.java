package dev.devolve.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A named pack parameter with its values over time, oldest first.
 *
 * @param name        dotted name, e.g. {@code capacity.min_certified_officers}
 * @param type        the kind of value
 * @param descriptionZh what it means, in Chinese
 * @param descriptionEn what it means, in English
 * @param values      dated values, oldest first, at least one; a TABLE value is a map from key to number or text
 * @param origin      the pack and file it was read from
 */
public record Parameter(String name, Type type, String descriptionZh, String descriptionEn,
                        List<ParameterValue> values, String origin) {

    /** The kind of a parameter's values. */
    public enum Type { INTEGER, NUMBER, FLAG, DATE, TEXT, TABLE }

    public Parameter {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + " has no values");
        }
    }

    /** The value in force on {@code date}: the latest one whose {@code since} is not after it. */
    public Optional<ParameterValue> valueOn(LocalDate date) {
        ParameterValue found = null;
        for (ParameterValue v : values) {
            if (!v.since().isAfter(date)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first date any value is in force. */
    public LocalDate firstDate() {
        return values.get(0).since();
    }
}
