package dev.devolve.explain;

import dev.devolve.error.InputLimits;
import dev.devolve.internal.drools.Requirement;
import dev.devolve.internal.io.Text;
import dev.devolve.result.Change;
import dev.devolve.result.RuleContribution;

import java.util.List;
import java.util.Optional;

/**
 * What would have to change for a blocking rule not to block: its {@code @requires} read against
 * the facts of the request, and every missing fact.
 */
final class WhatWouldChange {

    private WhatWouldChange() {
    }

    /** A missing fact: it must be given, as the rule that found it missing says. */
    static Change missing(String path, List<RuleContribution> contributions) {
        String owner = contributions.stream().filter(c -> c.effects().contains("missing " + path))
                .map(RuleContribution::ruleId).findFirst().orElse("");
        return new Change(owner, path, Optional.empty(), "given", Optional.empty(),
                "须提供 " + path, path + " must be given");
    }

    static Change change(String ruleId, Requirement r, Facts facts) {
        Optional<Object> actual = facts.value(r.fact());
        Optional<Object> required = r.operandIsPath() ? facts.value(r.operand()) : Optional.of(literal(r.operand()));
        String a = actual.map(Text::display).orElse("unknown");
        String q = required.map(Text::display).orElse("unknown");
        String en;
        String zh;
        switch (r.operator()) {
            case ">=", ">", "<=", "<" -> {
                en = r.fact() + " " + a + " " + negate(r.operator()) + " " + q + " (needs " + r.operator() + " " + q + ")";
                zh = r.fact() + " 当前为 " + a + "，须 " + r.operator() + " " + q;
            }
            case "contains" -> {
                en = r.fact() + " " + a + " does not contain " + q;
                zh = r.fact() + " " + a + " 须包含 " + q;
            }
            case "!=" -> {
                en = r.fact() + " is " + a + ", needs to be other than " + q;
                zh = r.fact() + " 当前为 " + a + "，须不为 " + q;
            }
            default -> {
                en = r.fact() + " is " + a + ", needs to be " + q;
                zh = r.fact() + " 当前为 " + a + "，须为 " + q;
            }
        }
        return new Change(ruleId, r.fact(), actual, r.operator(), required, zh, en);
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
        try {
            return InputLimits.number(text);
        } catch (IllegalArgumentException e) {
            // Not a number within the input limits: an enum word or other text, kept as written.
            return text;
        }
    }
}
