package dev.devolve.internal.duties;

import dev.devolve.api.AdmissionDecision;
import dev.devolve.api.Decision;
import dev.devolve.api.DecisionRequest;
import dev.devolve.api.DelegationLink;
import dev.devolve.api.Detail;
import dev.devolve.api.DutyDecision;
import dev.devolve.api.DutyLists;
import dev.devolve.api.DutyRequest;
import dev.devolve.api.InputException;
import dev.devolve.api.PackInfo;
import dev.devolve.api.SafeText;
import dev.devolve.internal.drools.DutyAssembler;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.io.LibraryLoader;
import dev.devolve.model.DelegatedPower;
import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyListStatus;
import dev.devolve.model.Matter;
import dev.devolve.model.Param;
import dev.devolve.model.Proposal;
import dev.devolve.model.Township;
import dev.devolve.pack.DutyCatalogEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides duties and proposals for an engine. A duty that exercises a power consults the delegation
 * decision of the same engine for the same township and date: those decisions are made first, then
 * every duty of the request runs in one session with them, then (for a proposal) the admission rules
 * run with the list the duty tests gave.
 */
public final class DutyDesk {

    /** The code an inline duty without one is decided under. */
    private static final String INLINE_KEY = "_inline";

    /** What the desk needs of its engine. */
    public interface Engine {
        /** The parameter values on the date for the township's province; throws when a duty rule's parameter has none. */
        List<Param> dutyParams(LocalDate asOf, Township township);

        /** The same for the admission rules' parameters. */
        List<Param> admissionParams(LocalDate asOf, Township township);

        /** The delegation decision of every catalog matter for the township. */
        Map<String, Decision> delegations(Township township, LocalDate asOf, Detail detail);

        /** One delegation decision. */
        Decision decide(DecisionRequest request);

        Optional<Matter> matter(String code);
    }

    private final Evaluator evaluator;
    private final Engine engine;
    private final Map<String, DutyCatalogEntry> catalog;
    private final List<PackInfo> packs;

    public DutyDesk(Evaluator evaluator, Engine engine, List<DutyCatalogEntry> catalog, List<PackInfo> packs) {
        this.evaluator = evaluator;
        this.engine = engine;
        Map<String, DutyCatalogEntry> byCode = new LinkedHashMap<>();
        catalog.forEach(e -> byCode.put(e.duty().getCode(), e));
        this.catalog = byCode;
        this.packs = List.copyOf(packs);
    }

    /** The catalog duty with this code, if any. */
    public Optional<DutyItem> duty(String code) {
        DutyCatalogEntry e = code == null ? null : catalog.get(code);
        return e == null ? Optional.empty() : Optional.of(e.duty());
    }

    /** Every catalog duty of the township, in catalog order, in one session. */
    public DutyLists lists(Township township, LocalDate asOf, Detail detail) {
        List<Param> params = engine.dutyParams(asOf, township);
        boolean full = detail == Detail.FULL;
        Map<String, DelegationLink> links = new LinkedHashMap<>();
        if (catalog.values().stream().anyMatch(e -> e.duty().getMatter() != null)) {
            engine.delegations(township, asOf, detail).forEach((code, d) -> links.put(code, DelegationLink.of(d, full)));
        }
        List<DutyItem> duties = catalog.values().stream().map(DutyCatalogEntry::duty).toList();
        for (DutyItem d : duties) {
            if (d.getMatter() != null && !links.containsKey(d.getMatter())) {
                throw unknownMatter(d);
            }
        }
        return new DutyLists(township, asOf, run(township, duties, asOf, params, links, full), packs);
    }

    /** One duty, with the delegation decision of the power it exercises. */
    public DutyDecision decide(DutyRequest r) {
        List<Param> params = engine.dutyParams(r.asOf(), r.township());
        DutyItem duty = r.duty().getCode() == null ? r.duty().toBuilder().code(INLINE_KEY).build() : r.duty();
        Map<String, DelegationLink> links = new LinkedHashMap<>();
        link(r, duty).ifPresent(l -> links.put(l.matter(), l));
        return run(r.township(), List.of(duty), r.asOf(), params, links, true).get(0);
    }

    /** A proposal's admission: the duty's list first ({@code wouldBe}), then the admission rules. */
    public AdmissionDecision admit(Proposal proposal, DutyRequest r) {
        DutyDecision wouldBe = decide(r);
        Proposal p = proposal.getDuty().getCode() == null ? proposal.toBuilder().duty(wouldBe.duty()).build() : proposal;
        String key = p.getDuty().getCode();
        boolean inCatalog = catalog.containsKey(key);
        List<Param> params = engine.admissionParams(r.asOf(), r.township());
        List<Object> facts = List.of(p, new DutyListStatus(key, wouldBe.list(), inCatalog));
        Evaluator.Trace trace = LibraryLoader.call(() -> evaluator.runKeyed(r.township(), List.of(key), r.asOf(), params, facts)).get(key);
        return DutyAssembler.admission(r.township(), p, r.asOf(), params, trace, wouldBe, inCatalog, packs);
    }

    private Optional<DelegationLink> link(DutyRequest r, DutyItem duty) {
        String code = duty.getMatter();
        if (code == null) {
            return Optional.empty();
        }
        Matter m = r.matter().filter(x -> code.equals(x.getCode())).or(() -> engine.matter(code)).orElseThrow(() -> unknownMatter(duty));
        DecisionRequest request = DecisionRequest.of(r.township(), m, r.asOf());
        if (r.province().isPresent()) {
            request = request.withProvince(r.province().get());
        }
        return Optional.of(DelegationLink.of(engine.decide(request), true));
    }

    private List<DutyDecision> run(Township township, List<DutyItem> duties, LocalDate asOf, List<Param> params,
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

    private static InputException unknownMatter(DutyItem d) {
        return new InputException("duty", 0, 0, "duty " + SafeText.quote(d.getCode()) + " exercises matter " + SafeText.quote(d.getMatter())
                + ", which is not in the catalog; give the matter's facts with the same code, or a catalog code");
    }
}
