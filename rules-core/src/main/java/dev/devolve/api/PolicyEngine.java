package dev.devolve.api;

import dev.devolve.error.DecisionException;
import dev.devolve.error.InputException;
import dev.devolve.internal.CompiledRules;
import dev.devolve.model.CountyMandates;
import dev.devolve.model.Duty;
import dev.devolve.model.DutyItem;
import dev.devolve.model.Matter;
import dev.devolve.model.Param;
import dev.devolve.model.Proposal;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.model.Transfer;
import dev.devolve.model.Usage;
import dev.devolve.pack.DutyCatalogEntry;
import dev.devolve.pack.PackResolution;
import dev.devolve.pack.Parameter;
import dev.devolve.pack.ParameterTimeline;
import dev.devolve.pack.ProvincialList;
import dev.devolve.pack.RulePack;
import dev.devolve.result.AdmissionDecision;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyLists;
import dev.devolve.result.FiscalSplit;
import dev.devolve.result.PackInfo;
import dev.devolve.result.Review;
import dev.devolve.result.RuleDescription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The compiled rule packs, ready to decide. Build once, decide many times: an engine is immutable
 * and safe to share between threads.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder().build();          // the bundled reference packs
 * Township t = NationalTownships.get().require("330122101");
 * Assessment list = engine.assess(t, LocalDate.of(2024, 3, 1));
 * Decision d = engine.decide(DecisionRequest.of(t, engine.matter("UM-001").orElseThrow(), LocalDate.of(2024, 3, 1)));
 * log.info("{}: {}", d.outcome(), d.explanation().summaryEn());
 * }</pre>
 */
public final class PolicyEngine {

    private final List<RulePack> packs;
    private final ParameterTimeline timeline;
    private final Map<String, ProvincialList> provincialLists;
    private final Map<String, Matter> catalog;
    private final List<Matter> catalogList;
    private final CompiledRules compiled;
    private final List<DecisionListener> listeners;
    private final DutyDesk duties;

    PolicyEngine(PackResolution.Resolved resolved, CompiledRules compiled, List<DecisionListener> listeners) {
        this.packs = resolved.ordered();
        this.timeline = new ParameterTimeline(resolved.parameters(), resolved.provinceParameters());
        this.provincialLists = Collections.unmodifiableMap(new TreeMap<>(resolved.provincialLists()));
        this.catalog = Collections.unmodifiableMap(new LinkedHashMap<>(resolved.catalog()));
        this.catalogList = List.copyOf(resolved.catalog().values());
        this.compiled = compiled;
        this.listeners = List.copyOf(listeners);
        this.duties = new DutyDesk(this, timeline, compiled, packs.stream().flatMap(p -> p.duties().stream()).toList());
    }

    public static EngineBuilder builder() {
        return new EngineBuilder();
    }

    /** The packs compiled into this engine, dependencies first. */
    public List<PackInfo> packs() {
        return compiled.packs();
    }

    /** The loaded packs themselves. */
    public List<RulePack> loadedPacks() {
        return packs;
    }

    /** Every rule, in pack and file order. */
    public List<RuleDescription> rules() {
        return compiled.rules();
    }

    /** The merged catalog of matters, in pack and file order. */
    public List<Matter> catalog() {
        return catalogList;
    }

    /** A catalog matter by code. */
    public Optional<Matter> matter(String code) {
        return Optional.ofNullable(catalog.get(code));
    }

    /** The merged parameters, by name, before any province's overrides. */
    public Map<String, Parameter> parameters() {
        return timeline.parameters();
    }

    /** The parameters a province's pack overrides, for its townships only. */
    public Map<String, Parameter> provinceParameters(String provinceCode) {
        return timeline.provinceParameters(provinceCode);
    }

    /** The provincial decisions and lists of the loaded provincial packs, by province code. */
    public Map<String, ProvincialList> provincialLists() {
        return provincialLists;
    }

    /**
     * The province's position on a matter for a township: from the township's own provincial pack
     * when one is loaded, else no decision.
     */
    public ProvinceContext provinceContext(Township township, Matter matter) {
        ProvincialList list = provincialLists.get(township.getProvinceCode());
        return list == null || matter.getCode() == null ? ProvinceContext.NONE : list.contextFor(township, matter.getCode());
    }

    /**
     * Decides one request.
     *
     * @throws DecisionException when the date is before a parameter's first value
     */
    public Decision decide(DecisionRequest request) {
        Matter original = request.matter();
        ProvinceContext province = request.province().orElseGet(() -> provinceContext(request.township(), original));
        List<Param> params = timeline.paramsOn(request.asOf(), compiled.matterParameters(), request.township().getProvinceCode());
        Decision decision = compiled.decide(request.township(), original, request.asOf(), province, request.duty(),
                request.transfer(), params);
        tell(request, decision);
        return decision;
    }

    /** The township against the whole catalog, each matter with the township's own provincial list's position. */
    public Assessment assess(Township township, LocalDate asOf) {
        return assess(township, asOf, Map.of(), CountyMandates.NONE);
    }

    /** The township against the whole catalog, with the province's position per matter code. */
    public Assessment assess(Township township, LocalDate asOf, Map<String, ProvinceContext> provinces) {
        return assess(township, asOf, provinces, CountyMandates.NONE);
    }

    /**
     * The township against the whole catalog in one session.
     *
     * @param provinces the province's position per matter code; matters not in it take the position of
     *                  the township's own provincial pack, or no decision when none is loaded
     * @param mandates  the duties the county places on the township and its transfers, checked for
     *                  unfunded mandates
     * @throws DecisionException when the date is before a parameter's first value
     * @throws InputException    when a duty or transfer names a matter that is not in the catalog
     */
    public Assessment assess(Township township, LocalDate asOf, Map<String, ProvinceContext> provinces, CountyMandates mandates) {
        return assess(township, asOf, provinces, mandates, Detail.FULL);
    }

    /**
     * The township against the whole catalog, with the explanations rendered in full or only as a
     * summary (outcome, mode, obligations, citations, money and the rules that fired, without the
     * sentences, facts and changes), which is what a batch over many townships needs.
     */
    public Assessment assess(Township township, LocalDate asOf, Map<String, ProvinceContext> provinces, CountyMandates mandates,
                             Detail detail) {
        List<Param> params = timeline.paramsOn(asOf, compiled.matterParameters(), township.getProvinceCode());
        Map<String, List<Object>> extras = new LinkedHashMap<>();
        mandates.duties().forEach((code, amount) -> extras.computeIfAbsent(known(code, "duty"), k -> new ArrayList<>())
                .add(new Duty(code, amount)));
        mandates.transfers().forEach((code, amount) -> extras.computeIfAbsent(known(code, "transfer"), k -> new ArrayList<>())
                .add(new Transfer(code, amount)));
        List<ProvinceContext> positions = new ArrayList<>(catalogList.size());
        for (Matter m : catalogList) {
            ProvinceContext p = provinces.get(m.getCode());
            positions.add(p != null ? p : provinceContext(township, m));
        }
        List<Decision> decisions = compiled.assess(township, asOf, catalogList, positions, extras, params, detail == Detail.FULL);
        for (int i = 0; i < catalogList.size(); i++) {
            Matter m = catalogList.get(i);
            Decision d = decisions.get(i);
            if (!listeners.isEmpty()) {
                DecisionRequest r = DecisionRequest.of(township, m, asOf);
                if (positions.get(i) != ProvinceContext.NONE) {
                    r = r.withProvince(positions.get(i));
                }
                if (mandates.duties().containsKey(m.getCode())) {
                    r = r.withDuty(mandates.duties().get(m.getCode()));
                }
                if (mandates.transfers().containsKey(m.getCode())) {
                    r = r.withTransfer(mandates.transfers().get(m.getCode()));
                }
                tell(r, d);
            }
        }
        return new Assessment(township, asOf, decisions);
    }

    private void tell(DecisionRequest request, Decision decision) {
        if (listeners.isEmpty()) {
            return;
        }
        DecisionRecord record = DecisionRecord.of(request, decision);
        for (DecisionListener l : listeners) {
            l.onDecision(record);
        }
    }

    private String known(String matterCode, String what) {
        if (!catalog.containsKey(matterCode)) {
            throw new InputException("mandates", 0, 0, "a " + what + " names matter '" + matterCode + "', which is not in the catalog");
        }
        return matterCode;
    }

    /**
     * Reviews a delegated power with its usage over a period: keep, strengthen or recall, resting on the delegation
     * decision of this engine for the same township, matter and date (and province position, when the request gives one).
     *
     * @throws DecisionException when the date is before a parameter the review or the delegation needs
     * @throws dev.devolve.error.DevolveException when the engine has no review rules
     */
    public Review review(DecisionRequest delegation, Usage usage) {
        List<Param> params = timeline.paramsOn(delegation.asOf(), compiled.usageParameters(), delegation.township().getProvinceCode());
        Decision decided = decide(delegation);
        return compiled.review(delegation.township(), delegation.matter(), usage, delegation.asOf(), params, decided);
    }

    /** Reviews a delegated power, with the township's own provincial pack's position on the matter. */
    public Review review(Township township, Matter matter, Usage usage, LocalDate asOf) {
        return review(DecisionRequest.of(township, matter, asOf), usage);
    }

    /**
     * Splits a shared basic public service between central, province, city, county and township for this township's place.
     *
     * @throws DecisionException when the date is before a parameter the split needs
     */
    public FiscalSplit split(Township township, SharedService service, LocalDate asOf) {
        List<Param> params = timeline.paramsOn(asOf, compiled.serviceParameters(), township.getProvinceCode());
        return compiled.split(township, service, asOf, params);
    }

    /** The duty catalog of the loaded packs (履职事项目录), in pack and file order. */
    public List<DutyCatalogEntry> dutyCatalog() {
        return duties.catalog();
    }

    /** A catalog duty by code. */
    public Optional<DutyItem> duty(String code) {
        return duties.duty(code);
    }

    /**
     * The township's three duty lists: every catalog duty with its list, lead department and
     * explanation; a duty that exercises a power carries that power's delegation decision.
     *
     * @throws DecisionException when the date is before a duty parameter's first value (2024-02-01 for the reference pack)
     */
    public DutyLists duties(Township township, LocalDate asOf) {
        return duties(township, asOf, Detail.FULL);
    }

    /** The three lists with explanations rendered in full, or as a summary for batches. */
    public DutyLists duties(Township township, LocalDate asOf, Detail detail) {
        return duties.lists(township, asOf, detail);
    }

    /**
     * Which list one duty is on (a catalog duty or inline facts).
     *
     * @throws DecisionException when the date is before a duty parameter's first value
     * @throws InputException    when the duty exercises a matter that is neither given nor in the catalog
     */
    public DutyDecision decide(DutyRequest request) {
        return duties.decide(request);
    }

    /**
     * Whether a proposed duty may reach the township (职责准入), with {@code wouldBe}, obligations and any unfunded amount.
     *
     * @throws DecisionException when the date is before a duty parameter's first value
     */
    public AdmissionDecision admit(Proposal proposal, Township township, LocalDate asOf) {
        return admit(proposal, DutyRequest.of(township, proposal.getDuty(), asOf));
    }

    /** An admission whose duty exercises a power given in the request (its matter facts and province). */
    public AdmissionDecision admit(Proposal proposal, DutyRequest context) {
        return duties.admit(proposal, context);
    }
}
