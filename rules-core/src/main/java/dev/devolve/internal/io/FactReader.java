package dev.devolve.internal.io;

import dev.devolve.model.CountyMandates;
import dev.devolve.error.InputLimits;
import dev.devolve.error.SafeText;
import dev.devolve.model.FactField;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterFacts;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ProvinceFacts;
import dev.devolve.model.ServiceCategory;
import dev.devolve.model.SharedService;
import dev.devolve.model.Sharing;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipFacts;
import dev.devolve.model.TownshipKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads township, matter and province facts from any {@link Fields} source with the keys and kinds
 * their fact tables declare ({@link TownshipFacts}, {@link MatterFacts}, {@link ProvinceFacts}),
 * rejecting unknown keys and bad values with their location.
 */
public final class FactReader {

    private FactReader() {
    }

    /** A township from a record whose keys are those of {@link TownshipFacts}. */
    public static Township township(Fields f) {
        Township.Builder b = Township.builder();
        for (FactField<?> field : TownshipFacts.TABLE.fields()) {
            set(f, field, b::set);
        }
        f.finish();
        return b.build();
    }

    /** A matter from a record whose keys are those of {@link MatterFacts}. */
    public static Matter matter(Fields f) {
        Matter.Builder b = Matter.builder();
        for (FactField<?> field : MatterFacts.TABLE.fields()) {
            set(f, field, b::set);
        }
        f.finish();
        return b.build();
    }

    /** A builder's setter of any fact of its table. */
    interface Setter {
        <V> void set(FactField<V> field, V value);
    }

    /** Reads one fact by its kind and hands it to {@code setter}; a value the fact does not take is an error at its key. */
    @SuppressWarnings("unchecked")
    static <V> void set(Fields f, FactField<V> field, Setter setter) {
        V value = (V) read(f, field);
        try {
            setter.set(field, value);
        } catch (IllegalArgumentException e) {
            throw f.errorAt(field.key(), e.getMessage());
        }
    }

    /** The value of one fact, read as its kind says; {@code null} when absent (a set of words too, when its absence is missing). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object read(Fields f, FactField<?> field) {
        String key = field.key();
        return switch (field.kind()) {
            case TEXT -> f.string(key);
            case FLAG -> f.bool(key);
            case COUNT -> f.integer(key);
            case NUMBER -> f.decimal(key);
            case YUAN -> yuan(f, key);
            case DATE -> f.date(key);
            case WORD -> f.enumValue(key, (Class) field.words());
            case WORDS -> field.absence() == FactField.Absence.MISSING && !f.has(key) ? null : f.enumSet(key, (Class) field.words());
        };
    }

    public static ProvinceContext province(Fields f) {
        Boolean published = (Boolean) read(f, ProvinceFacts.DECISION_PUBLISHED);
        LocalDate date = (LocalDate) read(f, ProvinceFacts.DECISION_DATE);
        @SuppressWarnings("unchecked")
        Set<TownshipKind> listed = (Set<TownshipKind>) read(f, ProvinceFacts.LISTED_FOR);
        LocalDate recalled = (LocalDate) read(f, ProvinceFacts.RECALLED_ON);
        String document = (String) read(f, ProvinceFacts.DOCUMENT);
        f.finish();
        if (published == null && date != null) {
            // Publication is what APL2021 art.24 requires; never assume it.
            throw f.errorAt("decisionDate", "give province.decisionPublished (true or false) with province.decisionDate");
        }
        boolean isPublished = published != null && published;
        if (isPublished && date == null) {
            throw f.errorAt("decisionPublished", "province.decisionDate is required when the decision is published");
        }
        return new ProvinceContext(isPublished, date, listed, recalled, document);
    }

    public static SharedService service(Fields f) {
        String code = f.string("code");
        String name = f.string("name");
        ServiceCategory category = f.enumValue("category", ServiceCategory.class);
        Sharing sharing = f.enumValue("sharing", Sharing.class);
        BigDecimal amount = yuan(f, "amount");
        if (category == null) {
            throw f.errorAt("category", "a service needs a category");
        }
        if (amount == null) {
            throw f.errorAt("amount", "a service needs an amount in yuan");
        }
        f.finish();
        return new SharedService(code, name, category, sharing, amount);
    }

    /**
     * Reads {@code duties:} and {@code transfers:}, each a list of {@code {matter, amount}}; each
     * matter code must be one {@code known} accepts, or the error names where it is written.
     */
    public static CountyMandates mandates(Node.MapNode root, Predicate<String> known) {
        Map<String, BigDecimal> duties = amounts(root.get("duties"), "duty", known);
        Map<String, BigDecimal> transfers = amounts(root.get("transfers"), "transfer", known);
        root.finish();
        return new CountyMandates(duties, transfers);
    }

    private static Map<String, BigDecimal> amounts(Node list, String what, Predicate<String> known) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (list == null) {
            return out;
        }
        for (Node item : list.asList().items()) {
            Node.MapNode m = item.asMap();
            String matter = m.requireString("matter");
            if (!known.test(matter)) {
                throw m.get("matter").error("a " + what + " names matter " + SafeText.quote(matter) + ", which is not in the catalog");
            }
            m.require("amount");
            BigDecimal amount = yuan(m, "amount");
            m.finish();
            if (out.put(matter, amount) != null) {
                throw m.error("a second " + what + " for matter " + SafeText.quote(matter));
            }
        }
        return out;
    }

    /** An amount of yuan within {@link InputLimits}: zero or more, to the fen; {@code null} when absent. */
    public static BigDecimal yuan(Fields f, String key) {
        BigDecimal v = f.decimal(key);
        if (v == null) {
            return null;
        }
        try {
            return InputLimits.yuan(v, v.toPlainString());
        } catch (IllegalArgumentException e) {
            throw f.errorAt(Node.NUMBER, key, e.getMessage());
        }
    }

}
