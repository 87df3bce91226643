package dev.devolve.api;

import dev.devolve.internal.drools.DecisionAssembler;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.drools.RuleCompiler;
import dev.devolve.internal.duties.DutyDesk;
import dev.devolve.internal.io.LibraryLoader;
import dev.devolve.internal.io.ServiceFiles;
import dev.devolve.model.Duty;
import dev.devolve.model.DutyItem;
import dev.devolve.model.Matter;
import dev.devolve.model.Param;
import dev.devolve.model.Proposal;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.model.Transfer;
import dev.devolve.pack.DutyCatalogEntry;
import dev.devolve.pack.PackLoader;
import dev.devolve.pack.Parameter;
import dev.devolve.pack.ProvincialList;
import dev.devolve.pack.RulePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);
    private static final String INLINE_KEY = "_inline";
    private static final int PARAMETER_CACHE_LIMIT = 4096;

    private final List<RulePack> packs;
    private final List<PackInfo> packInfos;
    private final Map<String, Parameter> parameters;
    private final Map<String, Map<String, Parameter>> provinceParameters;
    private final Map<String, Map<String, Parameter>> effectiveByProvince;
    private final Map<String, ProvincialList> provincialLists;
    private final Map<String, Matter> catalog;
    private final List<Matter> catalogList;
    private final List<RuleDescription> rules;
    private final Evaluator evaluator;
    private final Set<String> matterParameters;
    private final Set<String> serviceParameters;
    private final List<DecisionListener> listeners;
    private final Map<ParamsKey, List<Param>> paramsByDate = new ConcurrentHashMap<>();
    private final List<DutyCatalogEntry> dutyCatalog;
    private final DutyDesk duties;

    /** The parameter values of one date, for the townships of one province (or none). */
    private record ParamsKey(LocalDate asOf, String province) {
    }

    private PolicyEngine(List<RulePack> packs, Map<String, Parameter> parameters,
                         Map<String, Map<String, Parameter>> provinceParameters, Map<String, ProvincialList> provincialLists,
                         Map<String, Matter> catalog, RuleCompiler.Compiled compiled, int maxFirings, int maxInserts,
                         Duration timeout, boolean linted, List<DecisionListener> listeners) {
        this.provinceParameters = Map.copyOf(provinceParameters);
        Map<String, Map<String, Parameter>> effective = new LinkedHashMap<>();
        provinceParameters.forEach((code, overrides) -> {
            Map<String, Parameter> merged = new TreeMap<>(parameters);
            merged.putAll(overrides);
            effective.put(code, Collections.unmodifiableMap(merged));
        });
        this.effectiveByProvince = Map.copyOf(effective);
        this.provincialLists = Collections.unmodifiableMap(new TreeMap<>(provincialLists));
        this.listeners = List.copyOf(listeners);
        this.packs = List.copyOf(packs);
        this.packInfos = packs.stream().map(p -> new PackInfo(p.id(), p.version(), p.contentHash(), linted)).toList();
        // Sorted by name: parameters enter every session in the same order, so runs are repeatable.
        this.parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        this.catalog = Collections.unmodifiableMap(new LinkedHashMap<>(catalog));
        this.catalogList = List.copyOf(catalog.values());
        this.rules = compiled.descriptions();
        this.evaluator = new Evaluator(compiled, maxFirings, maxInserts, timeout);
        this.matterParameters = compiled.parametersFor("Matter");
        this.serviceParameters = compiled.parametersFor("SharedService");
        this.dutyCatalog = packs.stream().flatMap(p -> p.duties().stream()).toList();
        this.duties = new DutyDesk(evaluator, new DutyHost(compiled), dutyCatalog, packInfos);
    }

    /** What the duty desk needs of the engine: dated parameters and delegation decisions. */
    private final class DutyHost implements DutyDesk.Engine {
        private final Set<String> duty;
        private final Set<String> proposal;

        DutyHost(RuleCompiler.Compiled compiled) {
            duty = compiled.parametersFor("DutyItem");
            proposal = compiled.parametersFor("Proposal");
        }

        @Override
        public List<Param> dutyParams(LocalDate asOf, Township township) {
            return paramsOn(asOf, duty, township.getProvinceCode());
        }

        @Override
        public List<Param> admissionParams(LocalDate asOf, Township township) {
            return paramsOn(asOf, proposal, township.getProvinceCode());
        }

        @Override
        public Map<String, Decision> delegations(Township township, LocalDate asOf, Detail detail) {
            Map<String, Decision> out = new LinkedHashMap<>();
            assess(township, asOf, Map.of(), CountyMandates.NONE, detail).decisions().forEach(d -> out.put(d.matter().getCode(), d));
            return out;
        }

        @Override
        public Decision decide(DecisionRequest request) {
            return PolicyEngine.this.decide(request);
        }

        @Override
        public Optional<Matter> matter(String code) {
            return PolicyEngine.this.matter(code);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The packs compiled into this engine, dependencies first. */
    public List<PackInfo> packs() {
        return packInfos;
    }

    /** The loaded packs themselves. */
    public List<RulePack> loadedPacks() {
        return packs;
    }

    /** Every rule, in pack and file order. */
    public List<RuleDescription> rules() {
        return rules;
    }

    /** The merged catalog of matters, in pack and file order. */
    public List<Matter> catalog() {
        return catalogList;
    }

    /** A catalog matter by code. */
    public Optional<Matter> matter(String code) {
        return Optional.ofNullable(catalog.get(code));
    }

    /** The duty catalog of the loaded packs (履职事项目录), in pack and file order. */
    public List<DutyCatalogEntry> dutyCatalog() {
        return dutyCatalog;
    }

    /** A catalog duty by code. */
    public Optional<DutyItem> duty(String code) {
        return duties.duty(code);
    }

    /**
     * The township's three duty lists: every catalog duty, each with its list, lead department and
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
     * Whether a proposed duty may reach the township (职责准入), with {@code wouldBe}, obligations and
     * any unfunded amount.
     *
     * @throws DecisionException when the date is before a duty parameter's first value
     */
    public AdmissionDecision admit(Proposal proposal, Township township, LocalDate asOf) {
        return admit(proposal, DutyRequest.of(township, proposal.getDuty(), asOf));
    }

    /** An admission whose duty exercises a power given in the request (its matter facts and province). */
    public AdmissionDecision admit(Proposal proposal, DutyRequest context) {
        if (!context.duty().equals(proposal.getDuty())) {
            throw new IllegalArgumentException("the request's duty must be the proposal's duty: " + context.duty().getCode()
                    + " is not " + proposal.getDuty().getCode());
        }
        return duties.admit(proposal, context);
    }

    /** The merged parameters, by name, before any province's overrides. */
    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /** The parameters a province's pack overrides, for its townships only. */
    public Map<String, Parameter> provinceParameters(String provinceCode) {
        return provinceParameters.getOrDefault(provinceCode, Map.of());
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
        Matter inSession = original.getCode() == null ? original.toBuilder().code(INLINE_KEY).build() : original;
        ProvinceContext province = request.province().orElseGet(() -> provinceContext(request.township(), original));
        List<Param> params = paramsOn(request.asOf(), matterParameters, request.township().getProvinceCode());
        Evaluator.Case c = new Evaluator.Case(inSession.getCode(), inSession, province);
        List<Object> extras = new ArrayList<>(2);
        request.duty().ifPresent(a -> extras.add(new Duty(c.key(), a)));
        request.transfer().ifPresent(a -> extras.add(new Transfer(c.key(), a)));
        Evaluator.Trace trace = LibraryLoader.call(() -> evaluator.run(request.township(), List.of(c), request.asOf(), params, extras)).get(c.key());
        Decision decision = DecisionAssembler.assemble(request.township(), original, request.asOf(),
                new ProvinceStatus(c.key(), province, request.asOf()), params, trace, extras, packInfos, true);
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
        List<Param> params = paramsOn(asOf, matterParameters, township.getProvinceCode());
        Map<String, List<Object>> extras = new LinkedHashMap<>();
        mandates.duties().forEach((code, amount) -> extras.computeIfAbsent(known(code, "duty"), k -> new ArrayList<>())
                .add(new Duty(code, amount)));
        mandates.transfers().forEach((code, amount) -> extras.computeIfAbsent(known(code, "transfer"), k -> new ArrayList<>())
                .add(new Transfer(code, amount)));
        List<Evaluator.Case> cases = new ArrayList<>(catalog.size());
        for (Matter m : catalog.values()) {
            ProvinceContext p = provinces.get(m.getCode());
            cases.add(new Evaluator.Case(m.getCode(), m, p != null ? p : provinceContext(township, m)));
        }
        Map<String, Evaluator.Trace> traces = LibraryLoader.call(() -> evaluator.run(township, cases, asOf, params,
                extras.values().stream().flatMap(List::stream).toList()));
        List<Decision> decisions = new ArrayList<>(cases.size());
        for (Evaluator.Case c : cases) {
            Decision d = DecisionAssembler.assemble(township, c.matter(), asOf, new ProvinceStatus(c.key(), c.province(), asOf),
                    params, traces.get(c.key()), extras.getOrDefault(c.key(), List.of()), packInfos, detail == Detail.FULL);
            decisions.add(d);
            if (!listeners.isEmpty()) {
                DecisionRequest r = DecisionRequest.of(township, c.matter(), asOf);
                if (c.province() != ProvinceContext.NONE) {
                    r = r.withProvince(c.province());
                }
                if (mandates.duties().containsKey(c.key())) {
                    r = r.withDuty(mandates.duties().get(c.key()));
                }
                if (mandates.transfers().containsKey(c.key())) {
                    r = r.withTransfer(mandates.transfers().get(c.key()));
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
     * Splits a shared basic public service between central, province, city, county and township
     * for this township's place.
     *
     * @throws DecisionException when the date is before a parameter the split needs
     */
    public FiscalSplit split(Township township, SharedService service, LocalDate asOf) {
        List<Param> params = paramsOn(asOf, serviceParameters, township.getProvinceCode());
        Evaluator.Trace trace = LibraryLoader.call(() -> evaluator.run(township, List.of(), asOf, params, List.of(service))).get(Evaluator.GLOBAL);
        return DecisionAssembler.assembleSplit(township, service, asOf, params, trace, packInfos);
    }

    /**
     * The parameter values in force on the date. A parameter the request's rules read must have
     * one; others without one are left out (a shared-service split from 2019 does not stop a
     * delegation decision of 2018).
     */
    private List<Param> paramsOn(LocalDate asOf, Set<String> required, String provinceCode) {
        Map<String, Parameter> overridden = effectiveByProvince.get(provinceCode);
        Map<String, Parameter> effective = overridden != null ? overridden : parameters;
        ParamsKey key = new ParamsKey(asOf, overridden != null ? provinceCode : "");
        List<Param> cached = paramsByDate.get(key);
        if (cached == null) {
            List<Param> out = new ArrayList<>(effective.size());
            for (Parameter p : effective.values()) {
                p.valueOn(asOf).ifPresent(v -> out.add(new Param(p.name(), v.value(), v.since(), v.provenance())));
            }
            cached = List.copyOf(out);
            if (paramsByDate.size() < PARAMETER_CACHE_LIMIT) {
                paramsByDate.put(key, cached);
            }
        }
        List<Parameter> notInForce = new ArrayList<>();
        for (String name : required) {
            Parameter p = effective.get(name);
            if (p != null && p.valueOn(asOf).isEmpty()) {
                notInForce.add(p);
            }
        }
        if (!notInForce.isEmpty()) {
            Parameter first = notInForce.get(0);
            throw new DecisionException("PARAMETER_NOT_IN_FORCE", "parameter " + first.name()
                    + (notInForce.size() > 1 ? " (and " + (notInForce.size() - 1) + " more)" : "") + " has no value on " + asOf
                    + "; its first value is in force from " + first.firstDate() + " (" + first.origin() + ")");
        }
        return cached;
    }

    /**
     * Configures and compiles an engine. With no packs named, every bundled pack is used. A
     * directory pack whose id matches a bundled pack replaces it; a dependency that is not named
     * is taken from the bundled packs.
     */
    public static final class Builder {
        private final Map<String, RulePack> packs = new LinkedHashMap<>();
        private int maxFirings = 100_000;
        private int maxInserts = 50_000;
        private Duration timeout = Duration.ofSeconds(5);
        private boolean trusted;
        private final List<DecisionListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** Adds every pack bundled on the classpath. */
        public Builder bundledPacks() {
            for (String id : PackLoader.bundledIds()) {
                packs.putIfAbsent(id, PackLoader.bundled(id));
            }
            return this;
        }

        /** Adds one bundled pack by id. */
        public Builder pack(String bundledId) {
            packs.put(bundledId, PackLoader.bundled(bundledId));
            return this;
        }

        /**
         * Adds (or replaces by id) a pack read from a directory.
         *
         * @throws PackBuildException when a file of the pack cannot be read (its diagnostic has the
         *                            input error's code and location)
         */
        public Builder packDirectory(Path dir) {
            RulePack p;
            try {
                p = PackLoader.directory(dir);
            } catch (InputException e) {
                throw new PackBuildException(List.of(e.toDiagnostic()), e);
            }
            packs.put(p.id(), p);
            return this;
        }

        /** Adds (or replaces by id) an already loaded pack. */
        public Builder pack(RulePack pack) {
            packs.put(pack.id(), pack);
            return this;
        }

        /**
         * Caps rule firings in one session (one {@code decide}, or one {@code assess} of a whole
         * catalog), so a looping rule ends: its decisions are ERROR with a {@code RULE_FIRING_LIMIT}
         * diagnostic. Default 100,000.
         */
        public Builder maxFiringsPerSession(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxFiringsPerSession must be at least 1: " + max);
            }
            this.maxFirings = max;
            return this;
        }

        /**
         * Caps the facts rules insert in one session, checked at each insert, so a rule that
         * multiplies findings ends before the heap does: its decisions are ERROR with a
         * {@code RULE_INSERT_LIMIT} diagnostic naming the rule. Default 50,000 (the bundled packs
         * insert a few hundred for a whole catalog of 80 matters).
         */
        public Builder maxInsertsPerSession(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxInsertsPerSession must be at least 1: " + max);
            }
            this.maxInserts = max;
            return this;
        }

        /**
         * Ends a session that runs longer than this: its decisions are ERROR with a
         * {@code RULE_TIMEOUT} diagnostic naming the rule that was firing when the deadline passed
         * (or saying that conditions were being matched); the engine stays healthy. Enforced between
         * firings and, by halting the session and interrupting the deciding thread, during one; a
         * single computation that neither waits nor inserts runs to its end. Default 5 seconds.
         */
        public Builder timeout(Duration limit) {
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + limit);
            }
            this.timeout = limit;
            return this;
        }

        /** Tells a listener of every decision (a decision log); see {@link JsonlDecisionLog}. */
        public Builder listener(DecisionListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Skips the sandbox (the source check and the verification of the compiled rules): for
         * packs whose authors are trusted to run any Java. The packs are compiled the same way.
         * Every decision records that its packs were not checked ({@code packs[].linted = false}).
         */
        public Builder trusted() {
            this.trusted = true;
            return this;
        }

        /**
         * Loads dependencies, orders the packs and compiles them.
         *
         * @throws PackBuildException with every problem found; no engine is built from a broken pack
         */
        public PolicyEngine build() {
            ServiceFiles.require();
            if (packs.isEmpty()) {
                bundledPacks();
            }
            if (packs.isEmpty()) {
                throw new DevolveException("no rule packs: none were named and none are bundled on the classpath");
            }
            List<RulePack> ordered = order();
            Map<String, Parameter> parameters = new LinkedHashMap<>();
            Map<String, Map<String, Parameter>> provinceParameters = new LinkedHashMap<>();
            Map<String, ProvincialList> lists = new LinkedHashMap<>();
            Map<String, Matter> catalog = new LinkedHashMap<>();
            Map<String, RulePack> provinceOwners = new LinkedHashMap<>();
            List<Diagnostic> twice = new ArrayList<>();
            for (RulePack p : ordered) {
                if (p.province().isPresent()) {
                    // A provincial pack's overrides hold for its own townships only.
                    String code = p.province().get().province();
                    RulePack owner = provinceOwners.putIfAbsent(code, p);
                    if (owner != null) {
                        // One province, one decision: a second pack must not quietly replace the first one's list.
                        twice.add(Diagnostic.error("DUPLICATE_PROVINCE", p.province().get().location(), "packs '" + owner.id()
                                + "' (" + owner.province().get().location() + ") and '" + p.id() + "' both declare province "
                                + code + "; give one pack per province (a pack replaces another only by having its id)"));
                        continue;
                    }
                    lists.put(code, p.province().get());
                    provinceParameters.computeIfAbsent(code, k -> new LinkedHashMap<>()).putAll(p.parameters());
                } else {
                    parameters.putAll(p.parameters());
                }
                p.catalog().forEach(m -> catalog.put(m.getCode(), m));
            }
            if (!twice.isEmpty()) {
                throw new PackBuildException(twice);
            }
            List<Diagnostic> unknown = new ArrayList<>();
            for (ProvincialList list : lists.values()) {
                for (ProvincialList.Entry e : list.entries().values()) {
                    if (!catalog.containsKey(e.matterCode())) {
                        unknown.add(Diagnostic.error("UNKNOWN_MATTER", e.location(), "the list of " + list.document()
                                + " names matter '" + e.matterCode() + "', which is not in the catalog"));
                    }
                }
            }
            if (!unknown.isEmpty()) {
                throw new PackBuildException(unknown);
            }
            Map<String, Parameter> known = new LinkedHashMap<>(parameters);
            provinceParameters.values().forEach(known::putAll);
            long start = System.nanoTime();
            RuleCompiler.Compiled compiled = LibraryLoader.call(() -> RuleCompiler.compile(ordered, known, !trusted));
            LOG.info("built engine from packs {} with {} rules in {} ms", ordered.stream().map(RulePack::id).toList(),
                    compiled.descriptions().size(), (System.nanoTime() - start) / 1_000_000);
            return new PolicyEngine(ordered, parameters, provinceParameters, lists, catalog, compiled, maxFirings, maxInserts, timeout, !trusted,
                    listeners);
        }

        private List<RulePack> order() {
            Map<String, RulePack> all = new LinkedHashMap<>(packs);
            List<RulePack> out = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            for (String id : List.copyOf(all.keySet())) {
                visit(id, all, done, new LinkedHashSet<>(), out, null);
            }
            return out;
        }

        private static void visit(String id, Map<String, RulePack> all, Set<String> done, Set<String> path,
                                  List<RulePack> out, String requiredBy) {
            if (done.contains(id)) {
                return;
            }
            if (!path.add(id)) {
                throw new DevolveException("pack dependency cycle: " + String.join(" -> ", path) + " -> " + id);
            }
            RulePack p = all.get(id);
            if (p == null) {
                if (!PackLoader.isBundled(id)) {
                    throw new DevolveException("pack '" + requiredBy + "' depends on '" + id
                            + "', which is neither given nor bundled; bundled: " + PackLoader.bundledIds());
                }
                p = PackLoader.bundled(id);
                all.put(id, p);
            }
            for (String dep : p.manifest().dependsOn()) {
                visit(dep, all, done, path, out, id);
            }
            path.remove(id);
            done.add(id);
            out.add(p);
        }
    }
}
