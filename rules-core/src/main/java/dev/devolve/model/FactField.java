package dev.devolve.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One fact of a fact type, declared once in its {@link FactTable}: its key, the kind of value it
 * holds (and for words, their enum), what its absence means, and its name in Chinese and English.
 * Readers of fact files and scenario blocks, the fact paths rules may name, the facts rules find
 * missing ({@link MissingFact#absent}) and the documentation all come from these declarations.
 *
 * @param <V> the type of the value
 */
public final class FactField<V> {

    /** The kinds of value a fact holds, each with the one way it is read from a file. */
    public enum Kind {
        /** Free text. */
        TEXT(String.class),
        /** {@code true} or {@code false}. */
        FLAG(Boolean.class),
        /** A whole number, zero or more. */
        COUNT(Integer.class),
        /** A decimal number. */
        NUMBER(BigDecimal.class),
        /** An amount of yuan, zero or more, to the fen. */
        YUAN(BigDecimal.class),
        /** A date, {@code yyyy-mm-dd}. */
        DATE(LocalDate.class),
        /** One word of an enum. */
        WORD(Enum.class),
        /** A set of words of an enum. */
        WORDS(Set.class);

        private final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }

        /** The Java type a value of this kind has. */
        public Class<?> type() {
            return type;
        }
    }

    /** What it means when a fact is not given. */
    public enum Absence {
        /** Not known: a rule that needs it reports it missing (INSUFFICIENT_FACTS). */
        MISSING,
        /** Not given means the default value ({@code false}, no words). */
        DEFAULT,
        /** Descriptive: no rule needs it to decide. */
        OPTIONAL
    }

    private final FactTable table;
    private final int index;
    private final String key;
    private final Kind kind;
    private final Class<? extends Enum<?>> words;
    private final Absence absence;
    private final String zh;
    private final String en;

    FactField(FactTable table, int index, String key, Kind kind, Class<? extends Enum<?>> words, Absence absence,
              String zh, String en) {
        this.table = table;
        this.index = index;
        this.key = key;
        this.kind = kind;
        this.words = words;
        this.absence = absence;
        this.zh = zh;
        this.en = en;
    }

    /** The key in a record ({@code certifiedOfficers}). */
    public String key() { return key; }

    /** The path rules and outputs name it by ({@code township.certifiedOfficers}). */
    public String path() { return table.type() + "." + key; }

    public Kind kind() { return kind; }

    /** The enum of the words a {@link Kind#WORD} or {@link Kind#WORDS} fact takes; {@code null} otherwise. */
    public Class<? extends Enum<?>> words() { return words; }

    public Absence absence() { return absence; }

    /** Its name in Chinese. */
    public String zh() { return zh; }

    /** Its name in English. */
    public String en() { return en; }

    FactTable table() { return table; }

    int index() { return index; }

    /** The value a fact takes when it is not given: {@code false} or no words for {@link Absence#DEFAULT}, else {@code null}. */
    Object absentValue() {
        if (absence != Absence.DEFAULT) {
            return null;
        }
        return kind == Kind.FLAG ? Boolean.FALSE : kind == Kind.WORDS ? Set.of() : null;
    }

    /** The value as stored: checked against its kind, sets copied and unmodifiable, absent replaced by the default. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Object accept(Object value) {
        if (value == null) {
            return absentValue();
        }
        if (kind == Kind.WORDS) {
            Set<?> set = (Set<?>) value;
            return set.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf((Class) words))
                    : Collections.unmodifiableSet(EnumSet.copyOf((Set) set));
        }
        if (kind == Kind.COUNT && (Integer) value < 0 || kind == Kind.YUAN && ((BigDecimal) value).signum() < 0) {
            throw new IllegalArgumentException(path() + " must not be negative: "
                    + (value instanceof BigDecimal d ? Decimals.describe(d) : value));
        }
        return value;
    }

    @Override
    public String toString() {
        return path();
    }
}
