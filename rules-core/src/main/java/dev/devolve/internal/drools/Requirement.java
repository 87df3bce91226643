package dev.devolve.internal.drools;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule says would have to hold for it not to block: {@code fact operator operand}, read from
 * its {@code @requires} metadata, e.g. {@code township.certifiedOfficers >= capacity.min_certified_officers}.
 * The operand is a fact path, a parameter name or a literal ({@code true}, {@code false}, a number,
 * an enum word).
 */
public record Requirement(String fact, String operator, String operand) {

    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z][\\w.]*)\\s+(>=|<=|==|!=|>|<|contains|given)\\s*(.*?)\\s*");

    static Requirement parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected 'fact operator operand' (operators: >= <= == != > < contains given), found '" + text + "'");
        }
        if (!m.group(2).equals("given") && m.group(3).isEmpty()) {
            throw new IllegalArgumentException("operator '" + m.group(2) + "' needs an operand in '" + text + "'");
        }
        return new Requirement(m.group(1), m.group(2), m.group(3));
    }

    /** Whether the operand names a fact or parameter rather than a literal. */
    public boolean operandIsPath() {
        return operand.equals(FactPaths.AS_OF) || operand.contains(".") && Character.isLetter(operand.charAt(0));
    }
}
