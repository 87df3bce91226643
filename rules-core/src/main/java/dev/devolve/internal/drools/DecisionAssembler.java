package dev.devolve.internal.drools;

import dev.devolve.api.Change;
import dev.devolve.api.Citations;
import dev.devolve.api.Decision;
import dev.devolve.api.Diagnostic;
import dev.devolve.api.Explanation;
import dev.devolve.api.FactValue;
import dev.devolve.api.PackInfo;
import dev.devolve.api.RuleContribution;
import dev.devolve.internal.io.Text;
import dev.devolve.model.Matter;
import dev.devolve.model.MissingFact;
import dev.devolve.model.Mode;
import dev.devolve.model.ModeFinding;
import dev.devolve.model.Obligation;
import dev.devolve.model.ObligationFinding;
import dev.devolve.model.Outcome;
import dev.devolve.model.OutcomeFinding;
import dev.devolve.model.Param;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.Township;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the findings recorded for one matter into a {@link Decision}: the most restrictive outcome
 * wins, mode and obligations count only for DELEGATE and ELIGIBLE, and the explanation lists every
 * rule that fired with the facts it read and, unless the matter is delegated, what would have to
 * change.
 */
public final class DecisionAssembler {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private DecisionAssembler() {
    }

    /** The facts of one decision, by path, for metadata to name. */
    private record Facts(Map<String, Object> values, Map<String, Param> params, Set<String> synthetic) {

        Optional<Object> value(String path) {
            Param p = params.get(path);
            if (p != null) {
                return Optional.of(p.getValue());
            }
            return Optional.ofNullable(values.get(path));
        }

        FactValue describe(String path) {
            Param p = params.get(path);
            if (p != null) {
                return new FactValue(path, Optional.of(p.getValue()), false, Optional.of(p.getSince()), Optional.of(p.getSource()));
            }
            return new FactValue(path, Optional.ofNullable(values.get(path)), synthetic.contains(path), Optional.empty(), Optional.empty());
        }
    }

    public static Decision assemble(Township township, Matter matter, LocalDate asOf, ProvinceStatus province,
                                    List<Param> params, Evaluator.Trace trace, List<PackInfo> packs) {
        Map<String, Object> values = new HashMap<>();
        values.putAll(township.facts());
        values.putAll(matter.facts());
        values.putAll(province.facts());
        values.put(FactPaths.AS_OF, asOf);
        Map<String, Param> byName = new HashMap<>();
        params.forEach(p -> byName.put(p.getName(), p));
        Facts facts = new Facts(values, byName, township.syntheticFacts());

        List<Diagnostic> diagnostics = new ArrayList<>(trace.diagnostics());
        boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        Set<String> missing = new TreeSet<>();
        EnumSet<Outcome> proposed = EnumSet.noneOf(Outcome.class);
        EnumSet<Mode> modes = EnumSet.noneOf(Mode.class);
        EnumSet<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        for (Evaluator.Firing f : trace.firings()) {
            for (Object o : f.inserted()) {
                if (o instanceof OutcomeFinding of) {
                    proposed.add(of.getOutcome());
                } else if (o instanceof MissingFact mf) {
                    missing.add(mf.getPath());
                } else if (o instanceof ModeFinding mf) {
                    modes.add(mf.getMode());
                } else if (o instanceof ObligationFinding ob) {
                    obligations.add(ob.getObligation());
                }
            }
        }
        if (!missing.isEmpty()) {
            proposed.add(Outcome.INSUFFICIENT_FACTS);
        }
        Outcome outcome;
        if (failed) {
            // A run that failed part-way cannot support handing a power down: the county keeps it.
            outcome = Outcome.RETAIN;
        } else if (proposed.isEmpty()) {
            diagnostics.add(Diagnostic.warning("NO_OUTCOME", null,
                    "no rule decided this matter; by default it stays with the county (APL2021 art.23)"));
            outcome = Outcome.RETAIN;
        } else {
            outcome = proposed.iterator().next();
        }
        Optional<Mode> mode = Optional.empty();
        if (outcome.isPositive() && !modes.isEmpty()) {
            if (modes.size() > 1) {
                diagnostics.add(Diagnostic.warning("MODE_CONFLICT", null, "rules proposed modes " + modes
                        + "; the one that leaves most to the county is used"));
            }
            List<Mode> ordered = new ArrayList<>(modes);
            mode = Optional.of(ordered.get(ordered.size() - 1));
        }
        List<Obligation> obligationList = outcome.isPositive() ? List.copyOf(obligations) : List.of();

        List<RuleContribution> contributions = new ArrayList<>();
        Set<String> citations = new LinkedHashSet<>();
        List<String> fired = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<String> decisiveEn = new ArrayList<>();
        List<String> decisiveZh = new ArrayList<>();
        for (Evaluator.Firing f : trace.firings()) {
            RuleInfo rule = f.rule();
            fired.add(rule.id());
            List<String> effects = new ArrayList<>();
            boolean decisive = false;
            boolean blocking = false;
            boolean shapesDelegation = false;
            for (Object o : f.inserted()) {
                if (o instanceof OutcomeFinding of) {
                    effects.add("outcome " + of.getOutcome());
                    decisive |= of.getOutcome() == outcome && !failed;
                    blocking |= of.getOutcome() != Outcome.DELEGATE;
                } else if (o instanceof MissingFact mf) {
                    effects.add("missing " + mf.getPath());
                    decisive |= outcome == Outcome.INSUFFICIENT_FACTS;
                } else if (o instanceof ModeFinding mf) {
                    effects.add("mode " + mf.getMode());
                    shapesDelegation |= mode.isPresent() && mode.get() == mf.getMode();
                } else if (o instanceof ObligationFinding ob) {
                    effects.add("obligation " + ob.getObligation());
                    shapesDelegation |= outcome.isPositive();
                }
            }
            List<String> cites = rule.citations().stream().map(c -> fill(c, matter, province)).toList();
            if (decisive || shapesDelegation) {
                citations.addAll(cites);
            }
            String zh = render(rule.explainZh(), facts);
            String en = render(rule.explainEn(), facts);
            if (decisive) {
                decisiveZh.add(zh);
                decisiveEn.add(en);
            }
            if (blocking && outcome != Outcome.DELEGATE) {
                for (Requirement r : rule.requires()) {
                    changes.add(change(rule.id(), r, facts));
                }
            }
            contributions.add(new RuleContribution(rule.id(), rule.labelZh(), rule.labelEn(), cites, effects, decisive,
                    rule.facts().stream().map(facts::describe).toList(), zh, en, rule.location()));
        }
        if (outcome != Outcome.DELEGATE) {
            for (String path : missing) {
                String owner = contributions.stream().filter(c -> c.effects().contains("missing " + path))
                        .map(RuleContribution::ruleId).findFirst().orElse("");
                changes.add(new Change(owner, path, Optional.empty(), "given", Optional.empty(),
                        "须提供 " + path, path + " must be given"));
            }
        }
        String modeEn = mode.map(m -> " (mode " + m + ")").orElse("");
        String modeZh = mode.map(m -> "（" + m.zh() + "）").orElse("");
        String summaryEn = outcome + modeEn + (decisiveEn.isEmpty() ? "" : ": " + String.join("; ", decisiveEn));
        String summaryZh = outcome.zh() + modeZh + (decisiveZh.isEmpty() ? "" : "：" + String.join("；", decisiveZh));
        if (failed) {
            summaryEn = outcome + ": the decision could not be completed; see diagnostics";
            summaryZh = outcome.zh() + "：决定未能完成，见诊断信息";
        }
        return new Decision(township, matter, asOf, outcome, mode, obligationList, List.copyOf(citations),
                List.copyOf(missing), fired.stream().distinct().toList(),
                new Explanation(contributions, changes, summaryZh, summaryEn), diagnostics, packs);
    }

    private static String fill(String citation, Matter matter, ProvinceStatus province) {
        if (Citations.PROVINCIAL_DECISION.equals(citation)) {
            return province.context().document().orElse(citation);
        }
        if (Citations.MATTER_BASIS.equals(citation)) {
            return matter.getBasis() != null ? matter.getBasis() : citation;
        }
        return citation;
    }

    private static String render(String template, Facts facts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(facts.describe(m.group(1)).display()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Change change(String ruleId, Requirement r, Facts facts) {
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
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            // Not a number: an enum word or other text, kept as written.
            return text;
        }
    }
}
