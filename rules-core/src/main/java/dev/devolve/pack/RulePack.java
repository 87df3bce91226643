package dev.devolve.pack;

import dev.devolve.model.Matter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A loaded rule pack: its manifest, DRL sources, parameters and catalog, read either from the
 * classpath (bundled) or from a directory that policy staff edit. Immutable.
 *
 * @param manifest    {@code pack.yaml}
 * @param origin      where it was read from, e.g. {@code classpath:devolve/packs/national} or a path
 * @param drl         DRL sources by their path inside the pack, sorted
 * @param parameters  parameters by name
 * @param catalog     the matters of its catalog, in file order
 * @param contentHash SHA-256 over the files the engine reads from the pack (manifest, DRL, parameters,
 *                    catalog, provincial list, citations), hex; not READMEs or scenarios
 * @param province    a provincial pack's decision and list ({@code province.yaml}); empty otherwise
 * @param citations   the sources it defines ({@code citations.yaml}) by id, in file order
 * @param duties      the duties of its duty catalog, in file order
 */
public record RulePack(PackManifest manifest, String origin, SortedMap<String, String> drl,
                       Map<String, Parameter> parameters, List<Matter> catalog, String contentHash,
                       Optional<ProvincialList> province, Map<String, Citation> citations, List<DutyCatalogEntry> duties) {

    public RulePack {
        citations = Collections.unmodifiableMap(new LinkedHashMap<>(citations));
        drl = Collections.unmodifiableSortedMap(new TreeMap<>(drl));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        catalog = List.copyOf(catalog);
        duties = List.copyOf(duties);
    }

    public String id() {
        return manifest.id();
    }

    public String version() {
        return manifest.version();
    }
}
