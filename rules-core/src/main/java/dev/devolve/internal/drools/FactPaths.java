package dev.devolve.internal.drools;

import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.Township;

import java.time.LocalDate;
import java.util.Set;

/** The fact paths rules may name in their metadata, besides parameter names. */
final class FactPaths {

    static final String AS_OF = "asOf";

    private static final Set<String> KNOWN;

    static {
        java.util.Set<String> all = new java.util.HashSet<>();
        all.addAll(Township.builder().build().facts().keySet());
        all.addAll(Matter.builder().build().facts().keySet());
        all.addAll(new ProvinceStatus("", ProvinceContext.NONE, LocalDate.MIN).facts().keySet());
        all.add(AS_OF);
        KNOWN = Set.copyOf(all);
    }

    private FactPaths() {
    }

    static boolean isFact(String path) {
        return KNOWN.contains(path);
    }

    /** Whether the path is in the township/matter/province namespace (so it is not a parameter). */
    static boolean isFactNamespace(String path) {
        return path.startsWith("township.") || path.startsWith("matter.") || path.startsWith("province.") || path.equals(AS_OF);
    }
}
