package dev.devolve.testkit;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.DutyRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.Admission;
import dev.devolve.model.DutyList;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.model.Proposal;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.result.AdmissionDecision;
import dev.devolve.result.Decision;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.RuleDescription;
import org.opentest4j.AssertionFailedError;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per-rule tests in the style of a constraint verifier: given these facts, this rule fires, or
 * does not. Failures show the rules that did fire and the decision's explanation, so a failing test
 * says why.
 *
 * <pre>{@code
 * RuleVerifier verify = RuleVerifier.of(engine);
 * verify.given(township, matter, LocalDate.of(2024, 3, 1))
 *       .fires("capacity.certified_officers")
 *       .doesNotFire("province.delegate")
 *       .outcome(Outcome.RETAIN);
 * verify.given(DutyRequest.of(township, duty, LocalDate.of(2025, 3, 1)))
 *       .fires("recall.high_demand").list(DutyList.RECALLED);
 * }</pre>
 */
public final class RuleVerifier {

    private final PolicyEngine engine;
    private final Set<String> ruleIds;

    private RuleVerifier(PolicyEngine engine) {
        this.engine = engine;
        this.ruleIds = engine.rules().stream().map(RuleDescription::id).collect(Collectors.toUnmodifiableSet());
    }

    public static RuleVerifier of(PolicyEngine engine) {
        return new RuleVerifier(engine);
    }

    /** Facts with no provincial decision. */
    public Given given(Township township, Matter matter, LocalDate asOf) {
        return new Given(engine.decide(DecisionRequest.of(township, matter, asOf)));
    }

    /** Facts with the province's position on the matter. */
    public Given given(Township township, Matter matter, LocalDate asOf, ProvinceContext province) {
        return new Given(engine.decide(DecisionRequest.of(township, matter, asOf).withProvince(province)));
    }

    /** A duty (catalog or inline), decided once for the township and date: which list, by which rules. */
    public DutyGiven given(DutyRequest request) {
        return new DutyGiven(engine.decide(request));
    }

    /** A proposal, decided once: its admission, by which rules. */
    public ProposalGiven given(Proposal proposal, DutyRequest context) {
        return new ProposalGiven(engine.admit(proposal, context));
    }

    /** What every set of facts is checked for: which rules fired. */
    public abstract class Checked<T extends Checked<T>> {
        private final List<String> fired;
        private final String summary;

        private Checked(List<String> fired, String summary) {
            this.fired = fired;
            this.summary = summary;
        }

        abstract T self();

        public T fires(String ruleId) {
            known(ruleId);
            if (!fired.contains(ruleId)) {
                throw new AssertionFailedError("expected rule '" + ruleId + "' to fire" + context(), ruleId, fired);
            }
            return self();
        }

        public T doesNotFire(String ruleId) {
            known(ruleId);
            if (fired.contains(ruleId)) {
                throw new AssertionFailedError("expected rule '" + ruleId + "' not to fire" + context());
            }
            return self();
        }

        <V> T expect(String what, V expected, V actual) {
            if (!expected.equals(actual)) {
                throw new AssertionFailedError("expected " + what + " " + expected + " but was " + actual + context(), expected, actual);
            }
            return self();
        }

        private void known(String ruleId) {
            if (!ruleIds.contains(ruleId)) {
                throw new IllegalArgumentException("no rule '" + ruleId + "' in the engine; known: "
                        + ruleIds.stream().sorted().collect(Collectors.joining(", ")));
            }
        }

        private String context() {
            return "\n  rules fired: " + fired + "\n  explanation: " + summary;
        }
    }

    /** The decision for one set of facts, made once, checked by each call. */
    public final class Given extends Checked<Given> {
        private final Decision decision;

        private Given(Decision decision) {
            super(decision.rulesFired(), decision.explanation().summaryEn());
            this.decision = decision;
        }

        @Override
        Given self() {
            return this;
        }

        public Decision decision() {
            return decision;
        }

        public Given outcome(Outcome expected) {
            return expect("outcome", expected, decision.outcome());
        }
    }

    /** One duty's decision, made once, checked by each call. */
    public final class DutyGiven extends Checked<DutyGiven> {
        private final DutyDecision decision;

        private DutyGiven(DutyDecision decision) {
            super(decision.rulesFired(), decision.explanation().summaryEn());
            this.decision = decision;
        }

        @Override
        DutyGiven self() {
            return this;
        }

        public DutyDecision decision() {
            return decision;
        }

        public DutyGiven list(DutyList expected) {
            return expect("list", expected, decision.list());
        }
    }

    /** One proposal's admission, made once, checked by each call. */
    public final class ProposalGiven extends Checked<ProposalGiven> {
        private final AdmissionDecision decision;

        private ProposalGiven(AdmissionDecision decision) {
            super(decision.rulesFired(), decision.explanation().summaryEn());
            this.decision = decision;
        }

        @Override
        ProposalGiven self() {
            return this;
        }

        public AdmissionDecision decision() {
            return decision;
        }

        public ProposalGiven admission(Admission expected) {
            return expect("admission", expected, decision.admission());
        }
    }
}
