package dev.devolve.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facts of one fact type ({@code township}, {@code matter}, {@code province}, {@code usage}), each declared
 * once as a {@link FactField}, in the order files and outputs list them. Declare a fact with one
 * line in the type's table ({@link TownshipFacts}, {@link MatterFacts}, {@link ProvinceFacts}, {@link UsageFacts}):
 * readers, fact paths, missing facts and documentation follow from it.
 */
public final class FactTable {

    private static final Map<String, FactTable> TABLES = Collections.synchronizedMap(new LinkedHashMap<>());

    private final String type;
    private final List<FactField<?>> fields = new ArrayList<>();
    private final Map<String, FactField<?>> byKey = new HashMap<>();

    private FactTable(String type) {
        this.type = type;
    }

    /** A new table for the fact type {@code type}; its paths start with {@code type + "."}. */
    static FactTable of(String type) {
        FactTable t = new FactTable(type);
        if (TABLES.putIfAbsent(type, t) != null) {
            throw new IllegalStateException("a second fact table for " + type);
        }
        return t;
    }

    /** The fact type's name, the first segment of its paths. */
    public String type() { return type; }

    /** Every fact of the type, in declaration order. */
    public List<FactField<?>> fields() { return Collections.unmodifiableList(fields); }

    /** Every key a record of this type may have, in declaration order. */
    public List<String> keys() {
        return fields.stream().map(FactField::key).toList();
    }

    /** The fact with this key, if declared. */
    public Optional<FactField<?>> field(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The declared tables of the input facts: township, matter, province, usage, duty, proposal. */
    public static List<FactTable> all() {
        TownshipFacts.TABLE.type();
        MatterFacts.TABLE.type();
        ProvinceFacts.TABLE.type();
        UsageFacts.TABLE.type();
        DutyFacts.TABLE.type();
        ProposalFacts.TABLE.type();
        synchronized (TABLES) {
            return List.copyOf(TABLES.values());
        }
    }

    /** The declared fact with this path ({@code township.kind}), in any table. */
    public static Optional<FactField<?>> byPath(String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        FactTable table = Declared.BY_TYPE.get(path.substring(0, dot));
        return table == null ? Optional.empty() : table.field(path.substring(dot + 1));
    }

    <V> FactField<V> add(String key, FactField.Kind kind, Class<? extends Enum<?>> words, FactField.Absence absence,
                         String zh, String en) {
        if (field(key).isPresent()) {
            throw new IllegalStateException(type + "." + key + " is declared twice");
        }
        FactField<V> f = new FactField<>(this, fields.size(), key, kind, words, absence, zh, en);
        fields.add(f);
        byKey.put(key, f);
        return f;
    }

    <V> FactField<V> fact(String key, FactField.Kind kind, FactField.Absence absence, String zh, String en) {
        return add(key, kind, null, absence, zh, en);
    }

    <E extends Enum<E>> FactField<E> word(String key, Class<E> words, FactField.Absence absence, String zh, String en) {
        return add(key, FactField.Kind.WORD, words, absence, zh, en);
    }

    <E extends Enum<E>> FactField<java.util.Set<E>> words(String key, Class<E> words, FactField.Absence absence, String zh, String en) {
        return add(key, FactField.Kind.WORDS, words, absence, zh, en);
    }

    /** The declared tables by type, for {@link #byPath}, which explanations call for every fact they name. */
    private static final class Declared {
        static final Map<String, FactTable> BY_TYPE = all().stream().collect(Collectors.toUnmodifiableMap(FactTable::type, t -> t));
    }
}
