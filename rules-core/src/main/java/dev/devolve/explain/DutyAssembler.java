package dev.devolve.explain;

import dev.devolve.result.AdmissionDecision;
import dev.devolve.pack.Citations;
import dev.devolve.result.DelegationLink;
import dev.devolve.error.Diagnostic;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyFinding;
import dev.devolve.result.Explanation;
import dev.devolve.result.PackInfo;
import dev.devolve.result.RuleContribution;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.drools.FactPaths;
import dev.devolve.model.Admission;
import dev.devolve.model.AdmissionFinding;
import dev.devolve.model.AdmissionObligation;
import dev.devolve.model.AdmissionObligationFinding;
import dev.devolve.model.DelegatedPower;
import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyList;
import dev.devolve.model.DutyListStatus;
import dev.devolve.model.ListFinding;
import dev.devolve.model.MissingDutyFact;
import dev.devolve.model.Param;
import dev.devolve.model.Proposal;
import dev.devolve.model.Township;
import dev.devolve.model.UnfundedDuty;

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
import java.util.function.Predicate;

/**
 * Turns the findings recorded for one duty into its list, and for one proposal into its admission.
 * A duty's list goes by precedence: statutory BASIC > RECALLED > INSUFFICIENT_FACTS > SUPPORTING >
 * BASIC; every rule that fired stays in the explanation, the ones whose finding won marked decisive.
 * An admission's rows are exclusive, so the one that fired decides.
 */
public final class DutyAssembler {

    private DutyAssembler() {
    }

    /**
     * @param delegation the delegation decision of the power the duty exercises, when it names one
     * @param full       whether to render sentences and facts; a summary names no fact, so none is gathered
     */
    public static DutyDecision duty(Township township, DutyItem duty, LocalDate asOf, List<Param> params, Evaluator.Trace trace,
                                    Optional<DelegationLink> delegation, boolean full) {
        Set<String> missing = new TreeSet<>();
        boolean statutory = false;
        EnumSet<DutyList> lists = EnumSet.noneOf(DutyList.class);
        for (Evaluator.Firing f : trace.firings()) {
            for (Object o : f.inserted()) {
                if (o instanceof ListFinding lf) {
                    statutory |= lf.isStatutory();
                    lists.add(lf.getList());
                } else if (o instanceof MissingDutyFact mf) {
                    missing.addAll(mf.getPaths());
                }
            }
        }
        DutyList list;
        if (trace.cutShort().isPresent()) {
            list = DutyList.ERROR;
            missing.clear();
        } else if (statutory) {
            list = DutyList.BASIC;
            missing.clear();
        } else if (lists.contains(DutyList.RECALLED)) {
            list = DutyList.RECALLED;
        } else if (!missing.isEmpty()) {
            list = DutyList.INSUFFICIENT_FACTS;
        } else if (lists.contains(DutyList.SUPPORTING)) {
            list = DutyList.SUPPORTING;
        } else {
            list = DutyList.BASIC;
        }
        boolean byLaw = statutory;
        Predicate<Evaluator.Firing> decisive = f -> {
            for (Object o : f.inserted()) {
                if (o instanceof ListFinding lf && lf.getList() == list && lf.isStatutory() == byLaw
                        || o instanceof MissingDutyFact && list == DutyList.INSUFFICIENT_FACTS) {
                    return true;
                }
            }
            return false;
        };
        Map<String, Object> values = null;
        if (full) {
            // A summary renders no sentence, so names no fact.
            values = new HashMap<>(township.facts());
            values.put(FactPaths.AS_OF, asOf);
            values.putAll(duty.facts());
            if (delegation.isPresent()) {
                DelegationLink l = delegation.get();
                values.putAll(new DelegatedPower(l.matter(), l.outcome(), l.reasonZh(), l.reasonEn(), l.missing()).facts());
            }
        }
        Explained e = explain(trace, values, params, township, decisive, duty, null, full);
        Optional<String> lead = list == DutyList.SUPPORTING || list == DutyList.RECALLED ? Optional.ofNullable(duty.getLeadDepartment())
                : Optional.empty();
        String en = list + (e.decisiveEn.isEmpty() ? "" : ": " + String.join("; ", e.decisiveEn));
        String zh = list.zh() + (e.decisiveZh.isEmpty() ? "" : "：" + String.join("；", e.decisiveZh));
        if (list == DutyList.ERROR) {
            Diagnostic cause = trace.cutShort().get();
            en = list + ": the decision was cut short (" + cause.code() + "): " + cause.message();
            zh = list.zh() + "：决定被中断（" + cause.code() + "），见诊断信息";
        }
        return new DutyDecision(duty, list, lead, e.reasons, e.citations, List.copyOf(missing), e.fired, delegation,
                new Explanation(e.contributions, List.of(), zh, en), trace.diagnostics());
    }

    /** The admission of a proposal, from the admission session's findings and the duty decision behind {@code wouldBe}. */
    public static AdmissionDecision admission(Township township, Proposal proposal, LocalDate asOf, List<Param> params,
                                              Evaluator.Trace trace, DutyDecision dutyDecision, boolean inCatalog, List<PackInfo> packs) {
        Admission admission = null;
        Set<AdmissionObligation> obligations = new LinkedHashSet<>();
        Set<String> missing = new TreeSet<>();
        for (Evaluator.Firing f : trace.firings()) {
            for (Object o : f.inserted()) {
                if (o instanceof AdmissionFinding af) {
                    admission = af.getAdmission();
                } else if (o instanceof AdmissionObligationFinding ob) {
                    obligations.add(ob.getObligation());
                } else if (o instanceof MissingDutyFact mf) {
                    missing.addAll(mf.getPaths());
                }
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>(trace.diagnostics());
        if (trace.cutShort().isPresent() || dutyDecision.isError()) {
            admission = Admission.ERROR;
            diagnostics.addAll(dutyDecision.diagnostics());
        } else if (admission == null) {
            diagnostics.add(Diagnostic.error("NO_ADMISSION", null, "no admission rule decided this proposal; the loaded packs have no "
                    + "admission rules for it, so it is not admitted"));
            admission = Admission.NEEDS_ADMISSION;
        }
        if (admission == Admission.INSUFFICIENT_FACTS) {
            missing.addAll(dutyDecision.missing());
        }
        Admission decided = admission;
        Map<String, Object> values = new HashMap<>(township.facts());
        values.put(FactPaths.AS_OF, asOf);
        values.putAll(proposal.getDuty().facts());
        values.putAll(proposal.facts());
        values.putAll(new DutyListStatus(proposal.getDuty().getCode(), dutyDecision.list(), inCatalog).facts());
        Explained e = explain(trace, values, params, township, f -> f.inserted().stream().anyMatch(o ->
                o instanceof AdmissionFinding af && af.getAdmission() == decided || o instanceof UnfundedDuty), proposal.getDuty(), proposal, true);
        List<DutyFinding> findings = new ArrayList<>();
        for (int i = 0; i < trace.firings().size(); i++) {
            RuleContribution c = e.contributions.get(i);
            for (Object o : trace.firings().get(i).inserted()) {
                if (o instanceof UnfundedDuty u) {
                    findings.add(new DutyFinding(DutyFinding.UNFUNDED_DUTY, Optional.of(u.getAmount()), Optional.of(c.ruleId()),
                            c.citations(), c.textZh(), c.textEn()));
                }
            }
        }
        String en = admission + " (would be " + dutyDecision.list() + ")" + (e.decisiveEn.isEmpty() ? "" : ": " + String.join("; ", e.decisiveEn));
        String zh = admission.zh() + "（清单判断：" + dutyDecision.list().zh() + "）"
                + (e.decisiveZh.isEmpty() ? "" : "：" + String.join("；", e.decisiveZh));
        return new AdmissionDecision(proposal, township, asOf, admission, dutyDecision.list(), inCatalog,
                admission == Admission.REFUSED || admission == Admission.ERROR ? List.of() : List.copyOf(obligations),
                admission == Admission.ERROR ? List.of() : findings, e.citations, List.copyOf(missing), e.fired,
                dutyDecision, new Explanation(e.contributions, List.of(), zh, en), diagnostics, packs);
    }

    /** The contributions, decisive sentences, reasons, citations and rules fired of one duty's or proposal's run. */
    private record Explained(List<RuleContribution> contributions, List<String> decisiveZh, List<String> decisiveEn,
                             List<String> reasons, List<String> citations, List<String> fired) {
    }

    private static Explained explain(Evaluator.Trace trace, Map<String, Object> values, List<Param> params, Township township,
                                     Predicate<Evaluator.Firing> decisive, DutyItem duty, Proposal proposal, boolean full) {
        Facts facts = full ? facts(trace, values, params, township) : null;
        Explainer.Explained run = Explainer.explain(trace.firings(), facts, decisive, null, null, full);
        List<RuleContribution> contributions = new ArrayList<>();
        Set<String> citations = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        Set<String> fired = new LinkedHashSet<>();
        for (RuleContribution c : run.contributions()) {
            RuleContribution filled = c;
            List<String> cites = c.citations();
            if (cites.contains(Citations.DUTY_BASIS) || cites.contains(Citations.APPROVAL)) {
                String[] named = new String[cites.size()];
                for (int i = 0; i < named.length; i++) {
                    named[i] = placeholder(cites.get(i), duty, proposal);
                }
                cites = List.of(named);
                filled = new RuleContribution(c.ruleId(), c.labelZh(), c.labelEn(), cites, c.effects(), c.effectsZh(), c.decisive(),
                        c.facts(), c.textZh(), c.textEn(), c.location());
            }
            contributions.add(filled);
            fired.add(c.ruleId());
            if (c.decisive()) {
                citations.addAll(cites);
                reasons.add(c.ruleId());
            }
        }
        return new Explained(contributions, run.decisiveZh(), run.decisiveEn(), reasons, List.copyOf(citations), List.copyOf(fired));
    }

    /** The facts a full explanation names: {@code values}, and the amounts of the unfunded duties found. */
    private static Facts facts(Evaluator.Trace trace, Map<String, Object> values, List<Param> params, Township township) {
        for (Evaluator.Firing f : trace.firings()) {
            for (Object o : f.inserted()) {
                if (o instanceof UnfundedDuty u) {
                    values.putAll(u.facts());
                }
            }
        }
        return new Facts(List.of(values), Facts.byName(params), township.getSyntheticFacts());
    }

    /** A duty's basis verbatim for DUTY_BASIS, and the approval (who, when) for APPROVAL. */
    private static String placeholder(String citation, DutyItem duty, Proposal proposal) {
        if (Citations.DUTY_BASIS.equals(citation) && duty.getBasis() != null) {
            return duty.getBasis();
        }
        if (Citations.APPROVAL.equals(citation) && proposal != null && proposal.getApprovedBy() != null) {
            return proposal.getApprovedBy() + (proposal.getApprovedOn() == null ? "" : " " + proposal.getApprovedOn());
        }
        return citation;
    }
}
