package dev.devolve.api;

import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.internal.CompiledRules;
import dev.devolve.model.CountyMandates;
import dev.devolve.model.DutyItem;
import dev.devolve.model.Matter;
import dev.devolve.model.Param;
import dev.devolve.model.Proposal;
import dev.devolve.model.Township;
import dev.devolve.pack.DutyCatalogEntry;
import dev.devolve.pack.ParameterTimeline;
import dev.devolve.result.AdmissionDecision;
import dev.devolve.result.Decision;
import dev.devolve.result.DelegationLink;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyLists;

import java.time.LocalDate;
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
final class DutyDesk {

    /** The code an inline duty without one is decided under. */
    private static final String INLINE_KEY = "_inline";

    private final PolicyEngine engine;
    private final ParameterTimeline timeline;
    private final CompiledRules compiled;
    private final Map<String, DutyCatalogEntry> catalog = new LinkedHashMap<>();
    private final List<DutyCatalogEntry> entries;
    /** The catalog's duties, in its order, and whether any exercises a power: the same for every township. */
    private final List<DutyItem> duties;
    private final boolean exercisePowers;

    DutyDesk(PolicyEngine engine, ParameterTimeline timeline, CompiledRules compiled, List<DutyCatalogEntry> entries) {
        this.engine = engine;
        this.timeline = timeline;
        this.compiled = compiled;
        this.entries = List.copyOf(entries);
        entries.forEach(e -> catalog.put(e.duty().getCode(), e));
        this.duties = entries.stream().map(DutyCatalogEntry::duty).toList();
        this.exercisePowers = duties.stream().anyMatch(d -> d.getMatter() != null);
    }

    List<DutyCatalogEntry> catalog() {
        return entries;
    }

    Optional<DutyItem> duty(String code) {
        DutyCatalogEntry e = code == null ? null : catalog.get(code);
        return e == null ? Optional.empty() : Optional.of(e.duty());
    }

    /** Every catalog duty of the township, in catalog order, in one session. */
    DutyLists lists(Township township, LocalDate asOf, Detail detail) {
        List<Param> params = timeline.paramsOn(asOf, compiled.dutyParameters(), township.getProvinceCode());
        boolean full = detail == Detail.FULL;
        Map<String, DelegationLink> links = new LinkedHashMap<>();
        if (exercisePowers) {
            for (Decision d : engine.assess(township, asOf, Map.of(), CountyMandates.NONE, detail).decisions()) {
                links.put(d.matter().getCode(), DelegationLink.of(d, full));
            }
        }
        for (DutyItem d : duties) {
            if (d.getMatter() != null && !links.containsKey(d.getMatter())) {
                throw unknownMatter(d);
            }
        }
        return new DutyLists(township, asOf, compiled.duties(township, duties, asOf, params, links, full), compiled.packs());
    }

    /** One duty, with the delegation decision of the power it exercises. */
    DutyDecision decide(DutyRequest r) {
        List<Param> params = timeline.paramsOn(r.asOf(), compiled.dutyParameters(), r.township().getProvinceCode());
        DutyItem duty = r.duty().getCode() == null ? r.duty().toBuilder().code(INLINE_KEY).build() : r.duty();
        Map<String, DelegationLink> links = new LinkedHashMap<>();
        link(r, duty).ifPresent(l -> links.put(l.matter(), l));
        return compiled.duties(r.township(), List.of(duty), r.asOf(), params, links, true).get(0);
    }

    /** A proposal's admission: the duty's list first ({@code wouldBe}), then the admission rules. */
    AdmissionDecision admit(Proposal proposal, DutyRequest r) {
        if (!r.duty().equals(proposal.getDuty())) {
            throw new IllegalArgumentException("the request's duty must be the proposal's duty: " + r.duty().getCode()
                    + " is not " + proposal.getDuty().getCode());
        }
        DutyDecision wouldBe = decide(r);
        Proposal p = proposal.getDuty().getCode() == null ? proposal.toBuilder().duty(wouldBe.duty()).build() : proposal;
        List<Param> params = timeline.paramsOn(r.asOf(), compiled.admissionParameters(), r.township().getProvinceCode());
        return compiled.admit(r.township(), p, r.asOf(), params, wouldBe, catalog.containsKey(p.getDuty().getCode()));
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

    private static InputException unknownMatter(DutyItem d) {
        return new InputException("duty", 0, 0, "duty " + SafeText.quote(d.getCode()) + " exercises matter " + SafeText.quote(d.getMatter())
                + ", which is not in the catalog; give the matter's facts with the same code, or a catalog code");
    }
}
