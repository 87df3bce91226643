package dev.devolve.explain;

import dev.devolve.error.InputLimits;
import dev.devolve.internal.drools.Requirement;
import dev.devolve.result.Change;
import dev.devolve.result.RuleContribution;
import dev.devolve.result.Text;
import dev.devolve.model.FactField;
import dev.devolve.model.FactTable;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What would have to change for a blocking rule not to block: its {@code @requires} read against
 * the facts of the request, and every missing fact.
 */
final class WhatWouldChange {

    private static final Words SENTENCES = Words.of(WhatWouldChange.class, "sentences");
    private static final Pattern OR = Pattern.compile(" or ", Pattern.LITERAL);
    /** What a number operand starts with: a digit (of any script, as {@link java.math.BigDecimal} reads them), or a sign or point before one. */
    private static final Pattern NUMBERISH = Pattern.compile("[+-]?\\.?\\d.*", Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A literal operand's text by requirement, in each language (ordinal): the same requirement
     * blocks thousands of decisions. Kept only for short requirements, and for at most
     * {@link #OPERANDS_KEPT} of them, emptied when full: a process loading pack after pack (or a
     * pack of thousands of requirements) holds at most a few megabytes, and the packs in use now
     * are the ones whose operands are kept.
     */
    private static final Map<Requirement, String[]> OPERANDS = new ConcurrentHashMap<>();
    static final int OPERANDS_KEPT = 1024;
    static final int OPERAND_KEPT_LENGTH = 256;

    private WhatWouldChange() {
    }

    /** A missing fact: it must be given, as the rule that found it missing says. */
    static Change missing(String path, List<RuleContribution> contributions) {
        String effect = SENTENCES.en("effect.missing", path);
        String owner = contributions.stream().filter(c -> c.effects().contains(effect))
                .map(RuleContribution::ruleId).findFirst().orElse("");
        return new Change(owner, path, Optional.empty(), "given", Optional.empty(),
                SENTENCES.zh("change.given", path), SENTENCES.en("change.given", path));
    }

    static Change change(String ruleId, Requirement r, Facts facts) {
        Optional<Object> actual = facts.value(r.fact());
        boolean isPath = r.operandIsPath();
        Optional<Object> required = isPath ? facts.value(r.operand()) : Optional.of(literal(r.operand()));
        String[] operands = isPath ? null : operands(r);
        String key = switch (r.operator()) {
            case ">=", ">", "<=", "<" -> "change.compare";
            case "contains" -> "change.contains";
            case "!=" -> "change.notEqual";
            default -> "change.equal";
        };
        String[] sentence = new String[2];
        for (Language l : Language.values()) {
            String a = Text.display(actual.orElse(null), l);
            String q = isPath ? Text.display(required.orElse(null), l) : operands[l.ordinal()];
            sentence[l.ordinal()] = SENTENCES.get(l, key, r.fact(), a, negate(r.operator()), q, r.operator());
        }
        return new Change(ruleId, r.fact(), actual, r.operator(), required, sentence[Language.ZH.ordinal()],
                sentence[Language.EN.ordinal()]);
    }

    /** How many requirements' operands are kept now. */
    static int operandsKept() {
        return OPERANDS.size();
    }

    private static String[] operands(Requirement r) {
        String[] out = OPERANDS.get(r);
        if (out == null) {
            out = new String[Language.values().length];
            for (Language l : Language.values()) {
                out[l.ordinal()] = operand(r, l);
            }
            if (r.fact().length() + r.operand().length() <= OPERAND_KEPT_LENGTH) {
                if (OPERANDS.size() >= OPERANDS_KEPT) {
                    OPERANDS.clear();
                }
                OPERANDS.put(r, out);
            }
        }
        return out;
    }

    /**
     * A literal operand as written, in English; in Chinese each word of the fact's enum by its
     * Chinese name with the code beside it, and {@code A or B} as {@code A或B}.
     */
    private static String operand(Requirement r, Language language) {
        if (language == Language.EN) {
            return Text.display(literal(r.operand()), language);
        }
        Optional<Class<? extends Enum<?>>> words = FactTable.byPath(r.fact()).map(FactField::words);
        return OR.splitAsStream(r.operand())
                .map(token -> Text.display(words.flatMap(w -> word(w, token.strip())).orElse(literal(token.strip())), language))
                .collect(Collectors.joining(SENTENCES.zh("change.or")));
    }

    private static Optional<Object> word(Class<? extends Enum<?>> type, String token) {
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(token)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String negate(String op) {
        return switch (op) {
            case ">=" -> "<";
            case ">" -> "<=";
            case "<=" -> ">";
            default -> ">=";
        };
    }

    private static Object literal(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (!NUMBERISH.matcher(text.strip()).matches()) {
            // An enum word or other text, kept as written; checked first because a failed parse throws twice.
            return text;
        }
        try {
            return InputLimits.number(text);
        } catch (IllegalArgumentException e) {
            // Not a number within the input limits: an enum word or other text, kept as written.
            return text;
        }
    }
}
