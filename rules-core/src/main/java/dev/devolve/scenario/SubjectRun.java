package dev.devolve.scenario;

import dev.devolve.result.Decision;
import dev.devolve.error.DecisionException;
import dev.devolve.api.DecisionRequest;
import dev.devolve.error.DevolveException;
import dev.devolve.error.Diagnostic;
import dev.devolve.result.FiscalSplit;
import dev.devolve.error.InputException;
import dev.devolve.api.PolicyEngine;
import dev.devolve.result.RuleContribution;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.result.Review;
import dev.devolve.words.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Asks the engine what one scenario's {@link Subject} asks, and checks the answer against its
 * expectations ({@link ExpectationCheck}). A request the engine refuses is checked against
 * {@code error:}; a scenario file that is wrong (an unknown catalog code) stops the run.
 */
final class SubjectRun {

    private SubjectRun() {
    }

    static ScenarioResult run(PolicyEngine engine, Scenario s) {
        Expectation e = s.expect();
        List<Mismatch> mismatches = new ArrayList<>();
        try {
            if (s.subject() instanceof Subject.Split split) {
                return split(engine, s, split, mismatches);
            }
            if (s.subject() instanceof Subject.Delegation delegation) {
                return delegation(engine, s, delegation, mismatches);
            }
            if (s.subject() instanceof Subject.Review review) {
                return review(engine, s, review, mismatches);
            }
            if (s.subject() instanceof DutySubject duty) {
                return DutyScenarios.run(engine, s, duty, mismatches);
            }
            throw new IllegalStateException("no run for the subject " + s.subject().getClass().getSimpleName());
        } catch (DecisionException ex) {
            ExpectationCheck.error(e, mismatches, ex.code());
            return new ScenarioResult(s, mismatches, List.of(), ScenarioResult.refused(ex, Language.EN),
                    ScenarioResult.refused(ex, Language.ZH), false);
        } catch (InputException ex) {
            throw ex;
        } catch (DevolveException ex) {
            mismatches.add(new Mismatch("error", e.error().orElse("none"), ex.getMessage()));
            return new ScenarioResult(s, mismatches, List.of(), ScenarioResult.refused(ex, Language.EN),
                    ScenarioResult.refused(ex, Language.ZH), false);
        }
    }

    private static ScenarioResult split(PolicyEngine engine, Scenario s, Subject.Split subject, List<Mismatch> mismatches) {
        FiscalSplit split = engine.split(s.township(), subject.service(), s.asOf());
        Optional<Diagnostic> cut = split.diagnostics().stream().filter(g -> Evaluator.CUT_SHORT.contains(g.code())).findFirst();
        ExpectationCheck.cutShort(s.expect(), false, cut, mismatches);
        ExpectationCheck.split(subject.expect(), split, mismatches);
        List<String> fired = split.explanation().rules().stream().map(RuleContribution::ruleId).toList();
        ExpectationCheck.rules(s.expect(), fired, split.diagnostics(), mismatches);
        return new ScenarioResult(s, mismatches, fired, ScenarioResult.explanation(split.explanation(), split.diagnostics(), Language.EN),
                ScenarioResult.explanation(split.explanation(), split.diagnostics(), Language.ZH), cut.isPresent());
    }

    private static ScenarioResult delegation(PolicyEngine engine, Scenario s, Subject.Delegation subject, List<Mismatch> mismatches) {
        DecisionRequest request = DecisionRequest.of(s.township(), matter(engine, s, subject.matter()), s.asOf());
        if (subject.province().isPresent()) {
            request = request.withProvince(subject.province().get());
        }
        if (subject.duty().isPresent()) {
            request = request.withDuty(subject.duty().get());
        }
        if (subject.transfer().isPresent()) {
            request = request.withTransfer(subject.transfer().get());
        }
        Decision d = engine.decide(request);
        boolean expectsError = subject.expect().outcome().equals(Optional.of(Outcome.ERROR));
        ExpectationCheck.cutShort(s.expect(), expectsError, d.error(), mismatches);
        ExpectationCheck.decision(subject.expect(), d, mismatches);
        ExpectationCheck.rules(s.expect(), d.rulesFired(), d.diagnostics(), mismatches);
        return new ScenarioResult(s, mismatches, d.rulesFired(), ScenarioResult.explanation(d.explanation(), d.diagnostics(), Language.EN),
                ScenarioResult.explanation(d.explanation(), d.diagnostics(), Language.ZH), d.isError());
    }

    /** A review: the delegation rules and the review rules both count as fired. */
    private static ScenarioResult review(PolicyEngine engine, Scenario s, Subject.Review subject, List<Mismatch> mismatches) {
        DecisionRequest request = DecisionRequest.of(s.township(), matter(engine, s, subject.matter()), s.asOf());
        if (subject.province().isPresent()) {
            request = request.withProvince(subject.province().get());
        }
        Review r = engine.review(request, subject.usage());
        List<String> fired = Stream.concat(r.delegation().rulesFired().stream(), r.rulesFired().stream()).distinct().toList();
        List<Diagnostic> diagnostics = Stream.concat(r.delegation().diagnostics().stream(), r.diagnostics().stream()).distinct().toList();
        ExpectationCheck.cutShort(s.expect(), subject.expect().review().equals(Optional.of(ReviewOutcome.ERROR)), r.error(), mismatches);
        ExpectationCheck.review(subject.expect(), r, mismatches);
        ExpectationCheck.rules(s.expect(), fired, diagnostics, mismatches);
        return new ScenarioResult(s, mismatches, fired, ScenarioResult.explanation(r.explanation(), diagnostics, Language.EN),
                ScenarioResult.explanation(r.explanation(), diagnostics, Language.ZH), r.isError());
    }

    private static Matter matter(PolicyEngine engine, Scenario s, Subject.MatterRef ref) {
        if (ref instanceof Subject.Given given) {
            return given.matter();
        }
        Subject.Catalog code = (Subject.Catalog) ref;
        return engine.matter(code.code()).orElseThrow(() -> new InputException(s.file().toString(), code.line(), 0,
                "matter: unknown catalog code '" + code.code() + "'"));
    }
}
