package dev.devolve.internal.drools;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devolve.internal.io.LibraryLoader;
import dev.devolve.pack.RulePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of a set of packs as the checks of their DRL files found them, by a key of everything
 * those checks read: each pack's id, phases, dependencies and DRL files in load order, the names of
 * the parameters the rules may read and of the sources they may cite, and whether the sandbox held them. Only a set that passed is
 * kept. The bundled packs' result is written when the {@code rule-packs} jar is built, next to their
 * model, so that an engine of them neither parses nor checks their DRL again; a result found in this
 * process is kept for its next engines of the same packs.
 *
 * @param rules  the metadata of each rule by its Drools key, in pack and file order
 * @param phases the phases in the order they run
 */
record CheckedRules(Map<String, RuleInfo> rules, List<String> phases) {

    private static final Logger LOG = LoggerFactory.getLogger(CheckedRules.class);
    private static final String FORMAT = "devolve checked rules 1";
    private static final String SUFFIX = ".rules";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Kept<CheckedRules> KEPT = new Kept<>();

    /** The key of the checks of a set of packs. */
    static String key(List<RulePack> packs, Set<String> parameters, Set<String> sources, boolean sandbox) {
        Digest d = new Digest(FORMAT);
        d.add(Boolean.toString(sandbox));
        for (RulePack pack : packs) {
            d.add(pack.id());
            d.add(String.join(",", pack.manifest().phases()));
            d.add(String.join(",", pack.manifest().dependsOn()));
            pack.drl().forEach((file, text) -> {
                d.add(file);
                d.add(text);
            });
        }
        new TreeSet<>(parameters).forEach(d::add);
        d.add("sources");
        new TreeSet<>(sources).forEach(d::add);
        return d.hex();
    }

    /** The rules kept in this process or bundled in a jar for the key; null when there are none. */
    static CheckedRules find(String key) {
        CheckedRules kept = KEPT.get(key);
        if (kept != null) {
            return kept;
        }
        try (InputStream in = LibraryLoader.get().getResourceAsStream(ModelArchive.FOLDER + key + SUFFIX)) {
            if (in == null) {
                return null;
            }
            return KEPT.keep(key, JSON.readValue(in, new TypeReference<CheckedRules>() { }));
        } catch (IOException e) {
            LOG.warn("cannot read the bundled rules {}{}, checking the packs instead: {}", ModelArchive.FOLDER, key + SUFFIX, e.toString());
            return null;
        }
    }

    /** Keeps the rules of a set of packs that passed its checks. */
    static CheckedRules keep(String key, Map<String, RuleInfo> rules, List<String> phases) {
        return KEPT.keep(key, new CheckedRules(new LinkedHashMap<>(rules), List.copyOf(phases)));
    }

    /** Writes the rules for a jar, as {@code <key>.rules} in {@code META-INF/devolve/models/}. */
    void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    static String fileName(String key) {
        return key + SUFFIX;
    }
}
