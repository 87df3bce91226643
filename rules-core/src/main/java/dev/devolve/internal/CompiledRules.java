package dev.devolve.internal;

import dev.devolve.explain.DecisionAssembler;
import dev.devolve.explain.SplitAssembler;
import dev.devolve.explain.ReviewAssembler;
import dev.devolve.explain.DutyAssembler;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.drools.RuleCompiler;
import dev.devolve.internal.io.LibraryLoader;
import dev.devolve.internal.io.ServiceFiles;
import dev.devolve.model.DelegationStatus;
import dev.devolve.model.DelegatedPower;
import dev.devolve.model.Duty;
import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyListStatus;
import dev.devolve.model.Matter;
import dev.devolve.model.Param;
import dev.devolve.model.Proposal;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.model.Transfer;
import dev.devolve.pack.Citations;
import dev.devolve.model.Usage;
import dev.devolve.pack.Parameter;
import dev.devolve.pack.RulePack;
import dev.devolve.result.AdmissionDecision;
import dev.devolve.result.Decision;
import dev.devolve.result.DelegationLink;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.FiscalSplit;
import dev.devolve.result.PackInfo;
import dev.devolve.result.Review;
import dev.devolve.result.RuleDescription;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one way into the engine's internals: compiles resolved packs (sandboxed unless trusted) and
 * runs requests through them, each run's findings assembled into results. Nothing of Drools
 * appears in its signatures. Immutable and safe to share between threads.
 */
public final class CompiledRules {

    private static final String INLINE_KEY = "_inline";

    private final List<PackInfo> packs;
    private final List<RuleDescription> rules;
    private final Evaluator evaluator;
    private final Set<String> matterParameters;
    private final Set<String> serviceParameters;
    private final Set<String> usageParameters;
    private final Set<String> dutyParameters;
    private final Set<String> admissionParameters;

    private CompiledRules(List<PackInfo> packs, RuleCompiler.Compiled compiled, Evaluator evaluator) {
        this.packs = packs;
        this.rules = compiled.descriptions();
        this.evaluator = evaluator;
        this.matterParameters = compiled.parametersFor("Matter");
        this.serviceParameters = compiled.parametersFor("SharedService");
        this.usageParameters = compiled.parametersFor("Usage");
        this.dutyParameters = compiled.parametersFor("DutyItem");
        this.admissionParameters = compiled.parametersFor("Proposal");
    }

    /** Checks that the service files the engine needs are on the classpath, before any pack is read. */
    public static void requireServices() {
        ServiceFiles.require();
    }

    /**
     * Compiles the packs, dependencies first.
     *
     * @param parameters every parameter a rule may read, national and provincial
     * @param citations  the sources the packs define, which rules may cite
     * @param lint       whether to check the packs with the sandbox
     * @throws dev.devolve.error.PackBuildException with every problem found
     */
    public static CompiledRules compile(List<RulePack> ordered, Map<String, Parameter> parameters, Citations citations, boolean lint,
                                        int maxFirings, int maxInserts, Duration timeout) {
        RuleCompiler.Compiled compiled = LibraryLoader.call(() -> RuleCompiler.compile(ordered, parameters, citations, lint));
        List<PackInfo> packs = ordered.stream().map(p -> new PackInfo(p.id(), p.version(), p.contentHash(), lint)).toList();
        return new CompiledRules(packs, compiled, new Evaluator(compiled, maxFirings, maxInserts, timeout));
    }

    /** The packs compiled, dependencies first. */
    public List<PackInfo> packs() {
        return packs;
    }

    /** Every rule, in pack and file order. */
    public List<RuleDescription> rules() {
        return rules;
    }

    /** The parameters the rules over matters read. */
    public Set<String> matterParameters() {
        return matterParameters;
    }

    /** The parameters the rules over shared services read. */
    public Set<String> serviceParameters() {
        return serviceParameters;
    }

    /** Decides one matter (with a code or inline) in a session of its own. */
    public Decision decide(Township township, Matter original, LocalDate asOf, ProvinceContext province,
                           Optional<BigDecimal> duty, Optional<BigDecimal> transfer, List<Param> params) {
        Matter inSession = original.getCode() == null ? original.toBuilder().code(INLINE_KEY).build() : original;
        Evaluator.Case c = new Evaluator.Case(inSession.getCode(), inSession, province);
        List<Object> extras = new ArrayList<>(2);
        duty.ifPresent(a -> extras.add(new Duty(c.key(), a)));
        transfer.ifPresent(a -> extras.add(new Transfer(c.key(), a)));
        Evaluator.Trace trace = LibraryLoader.call(() -> evaluator.run(township, List.of(c), asOf, params, extras)).get(c.key());
        return DecisionAssembler.assemble(township, original, asOf, new ProvinceStatus(c.key(), province, asOf), params, trace,
                extras, packs, true);
    }

    /**
     * Decides catalog matters in one session.
     *
     * @param matters   the matters, each with a code
     * @param provinces the province's position on each matter, in the same order
     * @param extras    the duties and transfers declared, by matter code
     * @param full      whether to render the explanations in full
     * @return the decisions, in the order of the matters
     */
    public List<Decision> assess(Township township, LocalDate asOf, List<Matter> matters, List<ProvinceContext> provinces,
                                 Map<String, List<Object>> extras, List<Param> params, boolean full) {
        List<Evaluator.Case> cases = new ArrayList<>(matters.size());
        for (int i = 0; i < matters.size(); i++) {
            cases.add(new Evaluator.Case(matters.get(i).getCode(), matters.get(i), provinces.get(i)));
        }
        Map<String, Evaluator.Trace> traces = LibraryLoader.call(() -> evaluator.run(township, cases, asOf, params,
                extras.values().stream().flatMap(List::stream).toList()));
        List<Decision> decisions = new ArrayList<>(cases.size());
        for (Evaluator.Case c : cases) {
            decisions.add(DecisionAssembler.assemble(township, c.matter(), asOf, new ProvinceStatus(c.key(), c.province(), asOf),
                    params, traces.get(c.key()), extras.getOrDefault(c.key(), List.of()), packs, full));
        }
        return decisions;
    }

    /** The parameters the rules over usage (the review) read. */
    public Set<String> usageParameters() {
        return usageParameters;
    }

    /**
     * Reviews a delegated power in a session of its own, with its usage and the delegation decision
     * already made for it as facts; a delegation cut short makes the review ERROR without a session.
     */
    public Review review(Township township, Matter matter, Usage usage, LocalDate asOf, List<Param> params, Decision delegation) {
        if (delegation.isError()) {
            return ReviewAssembler.delegationCutShort(township, matter, usage, asOf, delegation, packs);
        }
        DelegationStatus status = ReviewAssembler.status(delegation);
        Evaluator.Trace trace = LibraryLoader.call(() -> evaluator.run(township, List.of(), asOf, params, List.of(usage, status)))
                .get(Evaluator.GLOBAL);
        return ReviewAssembler.assemble(township, matter, usage, asOf, params, delegation, status, trace, packs);
    }

    /** Splits one shared service in a session of its own. */
    public FiscalSplit split(Township township, SharedService service, LocalDate asOf, List<Param> params) {
        Evaluator.Trace trace = LibraryLoader.call(() -> evaluator.run(township, List.of(), asOf, params, List.of(service)))
                .get(Evaluator.GLOBAL);
        return SplitAssembler.assemble(township, service, asOf, params, trace, packs);
    }

    /** The parameters the rules over duties read. */
    public Set<String> dutyParameters() {
        return dutyParameters;
    }

    /** The parameters the admission rules read. */
    public Set<String> admissionParameters() {
        return admissionParameters;
    }

    /**
     * Decides duties in one session, each with the delegation decision of the power it exercises.
     *
     * @param links the delegation decisions, by matter code
     * @return the decisions, in the order of the duties
     */
    public List<DutyDecision> duties(Township township, List<DutyItem> duties, LocalDate asOf, List<Param> params,
                                     Map<String, DelegationLink> links, boolean full) {
        List<String> keys = new ArrayList<>(duties.size());
        List<Object> facts = new ArrayList<>(duties.size() + links.size());
        for (DutyItem d : duties) {
            keys.add(d.getCode());
            facts.add(d);
        }
        links.values().forEach(l -> facts.add(new DelegatedPower(l.matter(), l.outcome(), l.reasonZh(), l.reasonEn(), l.missing())));
        Map<String, Evaluator.Trace> traces = LibraryLoader.call(() -> evaluator.runKeyed(township, keys, asOf, params, facts));
        List<DutyDecision> out = new ArrayList<>(duties.size());
        for (DutyItem d : duties) {
            Optional<DelegationLink> link = Optional.ofNullable(d.getMatter()).map(links::get);
            out.add(DutyAssembler.duty(township, d, asOf, params, traces.get(d.getCode()), link, full));
        }
        return out;
    }

    /** A proposal's admission in a session of its own, given the duty decision behind {@code wouldBe}. */
    public AdmissionDecision admit(Township township, Proposal proposal, LocalDate asOf, List<Param> params, DutyDecision wouldBe,
                                   boolean inCatalog) {
        String key = proposal.getDuty().getCode();
        List<Object> facts = List.of(proposal, new DutyListStatus(key, wouldBe.list(), inCatalog));
        Evaluator.Trace trace = LibraryLoader.call(() -> evaluator.runKeyed(township, List.of(key), asOf, params, facts)).get(key);
        return DutyAssembler.admission(township, proposal, asOf, params, trace, wouldBe, inCatalog, packs);
    }
}
