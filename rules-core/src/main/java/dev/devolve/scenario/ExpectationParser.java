package dev.devolve.scenario;

import dev.devolve.internal.io.Node;
import dev.devolve.model.Level;
import dev.devolve.model.MatterCost;
import dev.devolve.model.Mode;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.model.UnfundedMandate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a scenario's {@code expect:} block: the checks every subject shares, then those of its subject's kind. */
final class ExpectationParser {

    /** The keys of {@code expect:} that only a delegation decision answers. */
    private static final List<String> DECISION_ONLY = List.of("outcome", "mode", "citations", "obligations", "missing", "mandates");

    private ExpectationParser() {
    }

    /** An {@code expect:} block read: the checks every subject shares and those of one kind. */
    record Read<K>(Expectation common, K kind) {
    }

    private static Expectation common(Node.MapNode e) {
        List<String> fired = strings(e, "rulesFired").orElse(List.of());
        List<String> notFired = strings(e, "rulesNotFired").orElse(List.of());
        List<String> diagnostics = strings(e, "diagnostics").orElse(List.of());
        return new Expectation(Optional.ofNullable(e.string("error")), fired, notFired, diagnostics);
    }

    /** A delegation's expectations; keys are read in the order an unknown-key error lists them. */
    static Read<DecisionExpectation> decision(Node.MapNode e) {
        Optional<Outcome> outcome = Optional.ofNullable(e.enumValue("outcome", Outcome.class));
        boolean noMode = e.isExplicitNull("mode");
        Mode givenMode = e.enumValue("mode", Mode.class);
        Optional<DecisionExpectation.ModeExpectation> mode = noMode ? Optional.of(new DecisionExpectation.NoMode())
                : Optional.ofNullable(givenMode).map(DecisionExpectation.ExactMode::new);
        List<String> citations = strings(e, "citations").orElse(List.of());
        Set<Obligation> obligations = e.enumSet("obligations", Obligation.class);
        Optional<Set<String>> missing = strings(e, "missing").map(LinkedHashSet::new);
        Expectation common = common(e);
        Optional<DecisionExpectation.FiscalExpectation> fiscal = Optional.empty();
        Node fiscalNode = e.get("fiscal");
        if (e.isExplicitNull("fiscal")) {
            fiscal = Optional.of(new DecisionExpectation.NoMoney());
        } else if (fiscalNode != null) {
            Node.MapNode f = fiscalNode.asMap();
            fiscal = Optional.of(new DecisionExpectation.Money(Optional.ofNullable(f.decimal("annualCost")),
                    Optional.ofNullable(f.decimal("townshipPart")), Optional.ofNullable(f.decimal("countyTransfer")),
                    Optional.ofNullable(f.enumValue("payer", MatterCost.Payer.class))));
            f.finish();
        }
        Optional<List<DecisionExpectation.MandateExpectation>> mandates = Optional.empty();
        Node mandateList = e.get("mandates");
        if (mandateList != null || e.isExplicitNull("mandates")) {
            List<DecisionExpectation.MandateExpectation> list = new ArrayList<>();
            if (mandateList != null) {
                for (Node item : mandateList.asList().items()) {
                    Node.MapNode mm = item.asMap();
                    UnfundedMandate.Kind kind = mm.require("kind").asScalar().enumValue(UnfundedMandate.Kind.class);
                    BigDecimal amount = mm.require("amount").asScalar().decimal();
                    mm.finish();
                    list.add(new DecisionExpectation.MandateExpectation(kind, amount));
                }
            }
            mandates = Optional.of(list);
        }
        return new Read<>(common, new DecisionExpectation(outcome, mode, citations, obligations, missing, fiscal, mandates));
    }

    /** The keys of {@code expect:} that a review does not answer: its delegation's mode and money. */
    private static final List<String> NOT_REVIEW = List.of("mode", "fiscal", "mandates");

    /**
     * A review's expectations: {@code outcome} (the delegation decision's), {@code review},
     * {@code citations}, {@code obligations}, {@code missing} and {@code findings} (the review's).
     * The delegation's mode and money are refused at their key.
     */
    static Read<ReviewExpectation> review(Node.MapNode e) {
        for (String key : NOT_REVIEW) {
            if (e.keys().contains(key)) {
                throw e.errorAt(key, "this belongs to matter: scenarios without usage: (a delegation decision), not to a review");
            }
        }
        Optional<Outcome> outcome = Optional.ofNullable(e.enumValue("outcome", Outcome.class));
        Optional<ReviewOutcome> review = Optional.ofNullable(e.enumValue("review", ReviewOutcome.class));
        List<String> citations = strings(e, "citations").orElse(List.of());
        Set<Obligation> obligations = e.enumSet("obligations", Obligation.class);
        Optional<Set<String>> missing = strings(e, "missing").map(LinkedHashSet::new);
        Optional<List<String>> findings = strings(e, "findings");
        return new Read<>(common(e), new ReviewExpectation(outcome, review, citations, obligations, missing, findings));
    }

    /**
     * A duty's or proposal's expectations: {@code list}, {@code lead}, {@code admission},
     * {@code wouldBe}, {@code findings}, {@code citations} and {@code missing}. What only a delegation
     * decision answers is refused here, at its key.
     */
    static Read<DutyExpectation> duty(Node.MapNode e) {
        for (String key : List.of("outcome", "mode", "obligations", "fiscal", "mandates")) {
            if (e.keys().contains(key)) {
                throw e.errorAt(key, "this belongs to matter: scenarios (a delegation decision), not to a duty: or proposal:");
            }
        }
        List<String> citations = strings(e, "citations").orElse(List.of());
        Optional<Set<String>> missing = strings(e, "missing").map(LinkedHashSet::new);
        Expectation common = common(e);
        return new Read<>(common, DutyScenarios.expectation(e, citations, missing));
    }

    /**
     * The expectations of a shared-service split: {@code fiscal:} with shares, amounts, tier and
     * factor flag. What only a decision answers is refused here, at its key, rather than left
     * unchecked.
     */
    static Read<SplitExpectation> split(Node.MapNode e) {
        for (String key : DECISION_ONLY) {
            if (e.keys().contains(key)) {
                throw e.errorAt(key, "this belongs to matter: scenarios (a delegation decision), not to a service: split");
            }
        }
        Expectation common = common(e);
        if (e.isExplicitNull("fiscal")) {
            throw e.errorAt("fiscal", "no money (null) belongs to matter: scenarios; a service: split always has shares");
        }
        Node fiscal = e.get("fiscal");
        if (fiscal == null) {
            return new Read<>(common, new SplitExpectation(new EnumMap<>(Level.class), new EnumMap<>(Level.class), Optional.empty(),
                    Optional.empty()));
        }
        Node.MapNode f = fiscal.asMap();
        Map<Level, BigDecimal> shares = levels(f.get("shares"));
        Map<Level, BigDecimal> amounts = levels(f.get("amounts"));
        Optional<Integer> tier = Optional.ofNullable(f.integer("tier"));
        Optional<Boolean> factor = Optional.ofNullable(f.bool("factorFormula"));
        f.finish();
        return new Read<>(common, new SplitExpectation(shares, amounts, tier, factor));
    }

    private static Map<Level, BigDecimal> levels(Node node) {
        Map<Level, BigDecimal> out = new EnumMap<>(Level.class);
        if (node == null) {
            return out;
        }
        Node.MapNode m = node.asMap();
        for (Level l : Level.values()) {
            BigDecimal v = m.decimal(l.word());
            if (v != null) {
                out.put(l, v);
            }
        }
        m.finish();
        return out;
    }

    /** A list of strings, or an empty list for {@code key: []} or {@code key: null}; empty Optional when absent. */
    private static Optional<List<String>> strings(Node.MapNode m, String key) {
        if (m.isExplicitNull(key)) {
            m.get(key);
            return Optional.of(List.of());
        }
        Node n = m.get(key);
        if (n == null) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Node item : n.asList().items()) {
            out.add(item.asScalar().text());
        }
        return Optional.of(out);
    }
}
