package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.location.SourceLocation;
import dev.devolve.pack.RulePack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named phases a pack set runs in. Each pack lists its phases in {@code pack.yaml}
 * ({@code phases: [screen, province, …]}); a rule joins one with the Drools attribute
 * {@code ruleflow-group "screen"} (DRL 10's spelling of an agenda group; {@code agenda-group} is
 * deprecated there and the sandbox refuses it). The phases run in the order the packs are loaded (dependencies
 * first), each pack's in the order it lists them; a rule may join a phase of its own pack or of a
 * pack it depends on. Rules of a pack without phases stay in Drools' main group, which runs last.
 */
final class Phases {

    private final List<String> order;
    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();

    /** @param packs packs in load order (dependencies first) */
    Phases(List<RulePack> packs) {
        Set<String> all = new LinkedHashSet<>();
        Map<String, RulePack> byId = new LinkedHashMap<>();
        for (RulePack pack : packs) {
            byId.put(pack.id(), pack);
            all.addAll(pack.manifest().phases());
        }
        this.order = List.copyOf(all);
        for (RulePack pack : packs) {
            Set<String> mine = new LinkedHashSet<>();
            collect(pack, byId, mine, new LinkedHashSet<>());
            allowed.put(pack.id(), mine);
        }
    }

    private static void collect(RulePack pack, Map<String, RulePack> byId, Set<String> phases, Set<String> seen) {
        if (!seen.add(pack.id())) {
            return;
        }
        for (String dep : pack.manifest().dependsOn()) {
            RulePack d = byId.get(dep);
            if (d != null) {
                collect(d, byId, phases, seen);
            }
        }
        phases.addAll(pack.manifest().phases());
    }

    /** Every phase, in the order they run. */
    List<String> order() {
        return order;
    }

    /**
     * Checks a rule's phase: one its pack may use, and present whenever its pack declares phases.
     *
     * @param phase the rule's {@code ruleflow-group}, or null when it has none
     */
    void check(SourceLocation at, String packId, String ruleId, String phase, RulePack pack, List<Diagnostic> problems) {
        Set<String> mine = allowed.get(packId);
        if (phase == null) {
            if (!pack.manifest().phases().isEmpty()) {
                problems.add(Diagnostic.error("RULE_PHASE", at, "rule '" + ruleId + "' needs a phase, ruleflow-group \"…\", one of "
                        + new ArrayList<>(mine)));
            }
        } else if (!mine.contains(phase)) {
            problems.add(Diagnostic.error("RULE_PHASE", at, "rule '" + ruleId + "' is in phase '" + phase + "', which neither pack '"
                    + packId + "' nor a pack it depends on lists under phases: in pack.yaml " + new ArrayList<>(mine)));
        }
    }
}
