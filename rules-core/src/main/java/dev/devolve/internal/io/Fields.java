package dev.devolve.internal.io;

import dev.devolve.error.InputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Typed, located access to the named values of one record, whether it is a YAML/JSON mapping or a
 * CSV row, so that facts are read by one piece of code whatever the file format. Absent values read
 * as {@code null}; every complaint names the file, line, column and key.
 */
public interface Fields {

    /** Whether the record gives a value for the key. */
    boolean has(String key);

    String string(String key);

    Boolean bool(String key);

    Integer integer(String key);

    BigDecimal decimal(String key);

    LocalDate date(String key);

    <E extends Enum<E>> E enumValue(String key, Class<E> type);

    <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type);

    /** An error located at the given key, or at the record when the key is not present. */
    InputException errorAt(String key, String message);

    /** An error with a specific code, located at the given key, or at the record when the key is not present. */
    InputException errorAt(String code, String key, String message);

    /** Rejects every key that was not read. */
    void finish();
}
