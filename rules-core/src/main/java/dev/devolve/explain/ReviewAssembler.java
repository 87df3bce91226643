package dev.devolve.explain;

import dev.devolve.error.DevolveException;
import dev.devolve.error.Diagnostic;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.model.DelegationStatus;
import dev.devolve.model.Matter;
import dev.devolve.model.Obligation;
import dev.devolve.model.Param;
import dev.devolve.model.ReviewFinding;
import dev.devolve.model.ReviewMissing;
import dev.devolve.model.ReviewObligation;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.model.Township;
import dev.devolve.model.Usage;
import dev.devolve.model.UsageFinding;
import dev.devolve.result.Decision;
import dev.devolve.result.Explanation;
import dev.devolve.result.PackInfo;
import dev.devolve.result.Review;
import dev.devolve.result.RuleContribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns what the review rules found, in a session of their own with the usage and the delegation
 * decision already made for the same (township, matter, date) as facts, into a {@link Review}. The first outcome in {@link ReviewOutcome}'s order wins;
 * obligations count only for STRENGTHEN; a delegation decision cut short makes the review ERROR
 * without running it.
 */
public final class ReviewAssembler {

    private ReviewAssembler() {
    }

    /** The review of a power whose delegation decision was cut short: ERROR, with the delegation's diagnostics. */
    public static Review delegationCutShort(Township township, Matter matter, Usage usage, LocalDate asOf, Decision delegation,
                                            List<PackInfo> packs) {
        String why = delegation.error().map(Diagnostic::toString).orElse("see diagnostics");
        Explanation e = new Explanation(List.of(), List.of(), ReviewOutcome.ERROR.zh() + "：赋权决定被中断，见诊断信息",
                ReviewOutcome.ERROR + ": the delegation decision it rests on was cut short: " + why);
        return new Review(township, matter, usage, asOf, ReviewOutcome.ERROR, delegation, List.of(), List.of(), List.of(),
                List.of(), List.of(), e, delegation.diagnostics(), packs);
    }

    /** The delegation decision as the fact review rules match on: its outcome, deciding rules and missing paths. */
    public static DelegationStatus status(Decision delegation) {
        String reason = delegation.explanation().decisive().stream().map(RuleContribution::ruleId).distinct()
                .collect(Collectors.joining(", "));
        return new DelegationStatus(delegation.outcome(), reason, delegation.missing());
    }

    /**
     * @param params     the parameter values in force on the date
     * @param delegation the delegation decision for the same township, matter and date
     * @param status     the fact made of it for the run
     * @param trace      what the review rules found, in a session with the usage and the status
     * @throws DevolveException when no rule of the engine reviewed the usage (no review pack is loaded)
     */
    public static Review assemble(Township township, Matter matter, Usage usage, LocalDate asOf, List<Param> params,
                                  Decision delegation, DelegationStatus status, Evaluator.Trace trace, List<PackInfo> packs) {
        boolean cutShort = trace.cutShort().isPresent();
        List<Diagnostic> diagnostics = DecisionAssembler.problems(trace);
        boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);

        EnumSet<ReviewOutcome> proposed = EnumSet.noneOf(ReviewOutcome.class);
        Set<String> missing = new TreeSet<>();
        EnumSet<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        Set<UsageFinding.Kind> findings = new LinkedHashSet<>();
        for (Evaluator.Firing f : trace.firings()) {
            for (Object o : f.inserted()) {
                if (o instanceof ReviewFinding r) {
                    proposed.add(r.getOutcome());
                } else if (o instanceof ReviewMissing m) {
                    missing.add(m.getPath());
                } else if (o instanceof ReviewObligation ob) {
                    obligations.add(ob.getObligation());
                } else if (o instanceof UsageFinding u) {
                    findings.add(u.getKind());
                }
            }
        }
        if (status.isInsufficient()) {
            missing.addAll(status.getMissing());
        }
        if (!missing.isEmpty()) {
            proposed.add(ReviewOutcome.INSUFFICIENT_FACTS);
        }
        ReviewOutcome outcome;
        if (cutShort) {
            outcome = ReviewOutcome.ERROR;
            missing.clear();
            findings.clear();
        } else if (failed) {
            // A review that failed part-way cannot judge the usage: it names no outcome it could not reach.
            outcome = ReviewOutcome.INSUFFICIENT_FACTS;
        } else if (proposed.isEmpty()) {
            throw new DevolveException("no rule reviewed the usage of " + matter.getCode() + " at " + township.getCode()
                    + ": the engine has no review rules (build it with the 'review' pack)");
        } else {
            outcome = proposed.iterator().next();
        }
        ReviewOutcome decided = outcome;
        Facts facts = Facts.of(township, asOf, params, List.of(matter, usage, status), trace.firings());
        Explainer.Explained explained = Explainer.explain(trace.firings(), facts, f -> !failed && f.inserted().stream()
                .anyMatch(o -> o instanceof ReviewFinding r && r.getOutcome() == decided
                        || o instanceof ReviewMissing && decided == ReviewOutcome.INSUFFICIENT_FACTS), matter, null, true);
        Set<String> citations = new LinkedHashSet<>();
        List<String> fired = new ArrayList<>();
        for (int i = 0; i < trace.firings().size(); i++) {
            RuleContribution c = explained.contributions().get(i);
            fired.add(c.ruleId());
            boolean shapes = trace.firings().get(i).inserted().stream().anyMatch(o -> o instanceof UsageFinding
                    || o instanceof ReviewObligation && decided == ReviewOutcome.STRENGTHEN);
            if (c.decisive() || shapes) {
                citations.addAll(c.citations());
            }
        }
        String summaryEn = outcome + (explained.decisiveEn().isEmpty() ? "" : ": " + String.join("; ", explained.decisiveEn()));
        String summaryZh = outcome.zh() + (explained.decisiveZh().isEmpty() ? "" : "：" + String.join("；", explained.decisiveZh()));
        if (cutShort) {
            Diagnostic cause = trace.cutShort().get();
            summaryEn = outcome + ": the review was cut short (" + cause.code() + "): " + cause.message();
            summaryZh = outcome.zh() + "：评估被中断（" + cause.code() + "），见诊断信息";
        } else if (failed) {
            summaryEn = outcome + ": the review could not be completed; see diagnostics";
            summaryZh = outcome.zh() + "：评估未能完成，见诊断信息";
        }
        return new Review(township, matter, usage, asOf, outcome, delegation,
                outcome == ReviewOutcome.STRENGTHEN ? List.copyOf(obligations) : List.of(), List.copyOf(findings),
                List.copyOf(missing), List.copyOf(citations), fired.stream().distinct().toList(),
                new Explanation(explained.contributions(), List.of(), summaryZh, summaryEn), diagnostics, packs);
    }

}
