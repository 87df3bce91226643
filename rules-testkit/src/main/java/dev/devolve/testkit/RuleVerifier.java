package dev.devolve.testkit;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.result.Decision;
import dev.devolve.result.RuleDescription;
import org.opentest4j.AssertionFailedError;

import java.time.LocalDate;
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
        return new Given(DecisionRequest.of(township, matter, asOf));
    }

    /** Facts with the province's position on the matter. */
    public Given given(Township township, Matter matter, LocalDate asOf, ProvinceContext province) {
        return new Given(DecisionRequest.of(township, matter, asOf).withProvince(province));
    }

    /** The decision for one set of facts, made once, checked by each call. */
    public final class Given {
        private final Decision decision;

        private Given(DecisionRequest request) {
            this.decision = engine.decide(request);
        }

        public Decision decision() {
            return decision;
        }

        public Given fires(String ruleId) {
            known(ruleId);
            if (!decision.rulesFired().contains(ruleId)) {
                throw new AssertionFailedError("expected rule '" + ruleId + "' to fire" + context(), ruleId, decision.rulesFired());
            }
            return this;
        }

        public Given doesNotFire(String ruleId) {
            known(ruleId);
            if (decision.rulesFired().contains(ruleId)) {
                throw new AssertionFailedError("expected rule '" + ruleId + "' not to fire" + context());
            }
            return this;
        }

        public Given outcome(Outcome expected) {
            if (decision.outcome() != expected) {
                throw new AssertionFailedError("expected outcome " + expected + " but was " + decision.outcome() + context(),
                        expected, decision.outcome());
            }
            return this;
        }

        private void known(String ruleId) {
            if (!ruleIds.contains(ruleId)) {
                throw new IllegalArgumentException("no rule '" + ruleId + "' in the engine; known: "
                        + ruleIds.stream().sorted().collect(Collectors.joining(", ")));
            }
        }

        private String context() {
            return "\n  rules fired: " + decision.rulesFired() + "\n  explanation: " + decision.explanation().summaryEn();
        }
    }
}
