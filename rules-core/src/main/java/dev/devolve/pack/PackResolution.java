package dev.devolve.pack;

import dev.devolve.error.DevolveException;
import dev.devolve.error.Diagnostic;
import dev.devolve.error.PackBuildException;
import dev.devolve.model.Matter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which packs an engine is built from, and what they add up to: the named packs with every
 * dependency they name (taken from the bundled packs when not named), dependencies first; the
 * parameters of the national packs and each province's overrides; one provincial list per province;
 * and the merged catalog.
 */
public final class PackResolution {

    /**
     * The resolved packs.
     *
     * @param ordered            the packs, dependencies first
     * @param parameters         the parameters of the packs that declare no province
     * @param provinceParameters each province's overrides, by province code
     * @param provincialLists    the list of each province, by province code
     * @param catalog            the merged catalog by matter code, in pack and file order
     */
    public record Resolved(List<RulePack> ordered, Map<String, Parameter> parameters,
                           Map<String, Map<String, Parameter>> provinceParameters, Map<String, ProvincialList> provincialLists,
                           Map<String, Matter> catalog) {

        /** Every parameter a rule may read: the national ones and every province's overrides. */
        public Map<String, Parameter> known() {
            Map<String, Parameter> known = new LinkedHashMap<>(parameters);
            provinceParameters.values().forEach(known::putAll);
            return Collections.unmodifiableMap(known);
        }
    }

    private PackResolution() {
    }

    /**
     * Orders the packs, adds the bundled dependencies they name and merges what they declare.
     *
     * @param packs the named packs by id
     * @throws DevolveException   for a dependency cycle or a dependency that is neither named nor bundled
     * @throws PackBuildException when two packs declare one province, or a provincial list names a
     *                            matter no catalog holds
     */
    public static Resolved resolve(Map<String, RulePack> packs) {
        List<RulePack> ordered = order(packs);
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
        return new Resolved(List.copyOf(ordered), parameters, provinceParameters, lists, catalog);
    }

    private static List<RulePack> order(Map<String, RulePack> packs) {
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
