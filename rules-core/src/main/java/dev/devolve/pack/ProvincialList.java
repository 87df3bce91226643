package dev.devolve.pack;

import dev.devolve.location.SourceLocation;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipClass;
import dev.devolve.model.TownshipKind;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A province's decision on which matters go down (APL2021 art.24: the province decides and
 * publishes), read from a provincial pack's {@code province.yaml} and its list, kept as a
 * spreadsheet (CSV or XLSX): for each matter, the kinds of township and the classes of township
 * it is listed for, and the date it was recalled, if it was; and, from an optional recalls file, the
 * matters recalled from single townships.
 *
 * @param province      GB/T 2260 province code, e.g. {@code 41}
 * @param document      the decision's document number
 * @param published     whether it is published
 * @param decisionDate  from when it is in force
 * @param source        where the decision and its list come from
 * @param listFile      the list's file inside the pack
 * @param entries       listed matters by catalog code, in list order
 * @param location      the place of the {@code province} key in {@code province.yaml}
 * @param recalls       matters recalled from one township only (after a review of its usage), by {@link TownshipRecalls#key}
 */
public record ProvincialList(String province, String document, boolean published, LocalDate decisionDate, String source,
                             String listFile, Map<String, Entry> entries, SourceLocation location,
                             Map<String, TownshipRecalls.Recall> recalls) {

    /** One listed matter; {@code location} is the sheet or file, row and column of its code. */
    public record Entry(String matterCode, Set<TownshipKind> kinds, Set<TownshipClass> classes, Optional<LocalDate> recalledOn,
                        String note, SourceLocation location) {
        public Entry {
            kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
            classes = classes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(classes));
        }
    }

    public ProvincialList {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        recalls = Collections.unmodifiableMap(new LinkedHashMap<>(recalls));
    }

    /**
     * The province's position on one matter for one township: listed for the township's kind, or
     * for a class the township has (Guangdong lists everything for economically developed towns).
     */
    public ProvinceContext contextFor(Township township, String matterCode) {
        Entry e = entries.get(matterCode);
        Set<TownshipKind> kinds = EnumSet.noneOf(TownshipKind.class);
        LocalDate recalled = null;
        if (e != null) {
            kinds.addAll(e.kinds());
            if (township.getKind() != null && e.classes().stream().anyMatch(township::hasClass)) {
                kinds.add(township.getKind());
            }
            recalled = e.recalledOn().orElse(null);
        }
        TownshipRecalls.Recall own = recalls.get(TownshipRecalls.key(township.getCode(), matterCode));
        if (own != null && (recalled == null || own.recalledOn().isBefore(recalled))) {
            // Recalled from this township first: the review that recalled it is cited beside the decision.
            return new ProvinceContext(published, decisionDate, kinds, own.recalledOn(), document + "; " + own.basis());
        }
        return new ProvinceContext(published, decisionDate, kinds, recalled, document);
    }
}
