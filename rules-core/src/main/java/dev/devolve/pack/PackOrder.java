package dev.devolve.pack;

import dev.devolve.api.DevolveException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load order of a set of packs: each pack after the packs it depends on, otherwise in the order
 * given. A dependency that is not given is taken from the bundled packs.
 */
public final class PackOrder {

    private PackOrder() {
    }

    /**
     * @param given packs by id, in the order they were named
     * @throws DevolveException on a dependency cycle, or a dependency that is neither given nor bundled
     */
    public static List<RulePack> of(Map<String, RulePack> given) {
        Map<String, RulePack> all = new LinkedHashMap<>(given);
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
