package dev.devolve.internal.sandbox;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The join limits of one rule's patterns, so that no rule matches a cross product of facts. */
final class JoinLimits {

    private static final Pattern EQUI_JOIN = Pattern.compile("\\s*(?:(\\$\\w+)[\\w.]*\\s*==\\s*[\\w.]+|[\\w.]+\\s*==\\s*(\\$\\w+)[\\w.]*)\\s*");
    private static final Pattern BINDS = Pattern.compile("^\\s*(\\$\\w+)\\s*:(?!:)");
    private static final Pattern PARAM_KEY = Pattern.compile("\\s*name\\s*==\\s*\"[^\"\\\\]*\"\\s*");

    private JoinLimits() {
    }

    /**
     * Join limits: a rule matches at most {@link SourceCheck#MAX_PATTERNS} patterns, and at most one pattern of
     * each type that is neither joined by an equality with a variable bound by an earlier pattern
     * ({@code matterCode == $m.code}, a whole constraint; {@code Matter($c : code, code == $c)}
     * compares a fact with itself and joins nothing) nor a parameter picked by its unique name
     * ({@code Param(name == "…")}): two such patterns of one type are a cross product of every
     * fact of that type.
     */
    static void check(RuleDescr rule, List<PatternDescr> patterns, Findings findings) {
        if (patterns.size() > SourceCheck.MAX_PATTERNS) {
            findings.report(rule, "SANDBOX_JOIN", "rule '" + rule.getName() + "' has " + patterns.size() + " patterns; at most " + SourceCheck.MAX_PATTERNS);
        }
        Map<String, Integer> unjoined = new HashMap<>();
        Set<String> earlier = new HashSet<>();
        for (PatternDescr p : patterns) {
            boolean joined = p.getSource() != null || p.getDescrs().stream().anyMatch(c -> c instanceof ExprConstraintDescr e
                    && (joinsTo(e.getExpression(), earlier)
                    || p.getObjectType().equals("Param") && PARAM_KEY.matcher(e.getExpression()).matches()));
            if (!joined && unjoined.merge(p.getObjectType(), 1, Integer::sum) == 2) {
                findings.report(p, "SANDBOX_JOIN", "a second pattern of " + p.getObjectType() + " joined to nothing: every pair of "
                        + p.getObjectType() + " facts would be matched; join it to a variable bound by an earlier pattern");
            }
            if (p.getIdentifier() != null) {
                earlier.add(p.getIdentifier());
            }
            for (BaseDescr c : p.getDescrs()) {
                Matcher binds = c instanceof ExprConstraintDescr e ? BINDS.matcher(e.getExpression()) : null;
                if (binds != null && binds.find()) {
                    earlier.add(binds.group(1));
                }
            }
        }
    }

    /** Whether a whole constraint is an equality with a variable bound by an earlier pattern ({@code matterCode == $m.code}). */
    private static boolean joinsTo(String constraint, Set<String> earlier) {
        Matcher m = EQUI_JOIN.matcher(Literals.withoutStrings(constraint));
        return m.matches() && earlier.contains(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
