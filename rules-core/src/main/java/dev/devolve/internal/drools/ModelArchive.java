package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.internal.io.LibraryLoader;
import dev.devolve.pack.PackLoader;
import dev.devolve.pack.PackResolution;
import dev.devolve.pack.Parameter;
import dev.devolve.pack.RulePack;
import org.drools.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Executable models by the content of the DRL they were compiled from, so that the same rules are
 * compiled once: the models of the bundled packs (and their {@link CheckedRules}) are generated when
 * the {@code rule-packs} jar is built ({@link #main}) and read from it, and a model compiled or read in
 * this process is kept for the next engine of the same rules (a few, the most recently used).
 *
 * <p>The key is a SHA-256 over the version of the Drools model compiler and the packs' DRL files
 * (path and text) in load order, so a model can only ever stand for exactly the rules it was compiled
 * from; parameters, catalogs and lists are not compiled and do not count. A model whose classes do
 * not load (a jar built against other fact classes, say) is compiled again. A model from a jar is checked against the sandbox like one compiled at load,
 * before any of its classes is defined, once per process.
 */
public final class ModelArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ModelArchive.class);
    static final String FOLDER = "META-INF/devolve/models/";
    private static final String SUFFIX = ".model";
    private static final String FORMAT = "devolve executable model 1";

    /** The version of the Drools model compiler, whose generated code a model is: another one's may not link. */
    private static final String DROOLS = droolsVersion();

    /** The models of this process. */
    private static final Kept<Entry> KEPT = new Kept<>();

    private ModelArchive() {
    }

    /** A model, its classes loaded on first use and checked against the sandbox once. */
    static final class Entry {
        private final GeneratedModel generated;
        private List<Model> models;
        private boolean verified;

        Entry(GeneratedModel generated, boolean verified) {
            this.generated = generated;
            this.verified = verified;
        }

        GeneratedModel generated() {
            return generated;
        }

        /**
         * The loaded model classes; with {@code verify}, only once the sandbox has passed them.
         *
         * @return null when the sandbox refused a class ({@code problems} says which)
         */
        synchronized List<Model> models(boolean verify, Map<String, RuleInfo> rules, Map<String, String[]> kfsPaths,
                                        List<Diagnostic> problems) {
            if (verify && !verified) {
                int before = problems.size();
                generated.verify(rules, kfsPaths, problems);
                if (problems.size() > before) {
                    return null;
                }
                verified = true;
            }
            if (models == null) {
                models = generated.load();
            }
            return models;
        }
    }

    /** The key of a set of packs in load order: what their compiled model depends on. */
    static String key(List<RulePack> packs) {
        Digest d = new Digest(FORMAT);
        d.add(DROOLS);
        for (RulePack pack : packs) {
            // The file's path is its DRL package: which pack holds it does not change what it compiles to.
            pack.drl().forEach((file, text) -> {
                d.add(file);
                d.add(text);
            });
        }
        return d.hex();
    }

    private static String droolsVersion() {
        Properties p = new Properties();
        try (InputStream in = LibraryLoader.get().getResourceAsStream("META-INF/maven/org.drools/drools-model-codegen/pom.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            LOG.debug("cannot read the version of the Drools model compiler: {}", e.toString());
        }
        return p.getProperty("version", "unknown");
    }

    /** The model kept in this process or bundled in a jar for the key; null when there is none. */
    static Entry find(String key) {
        Entry kept = KEPT.get(key);
        if (kept != null) {
            return kept;
        }
        GeneratedModel bundled;
        try (InputStream in = LibraryLoader.get().getResourceAsStream(FOLDER + key + SUFFIX)) {
            if (in == null) {
                return null;
            }
            bundled = GeneratedModel.read(in);
        } catch (IOException e) {
            LOG.warn("cannot read the bundled rule model {}{}, compiling the packs instead: {}", FOLDER, key + SUFFIX, e.toString());
            return null;
        }
        return keep(key, bundled, false);
    }

    /** Keeps a model for later engines of the same rules. */
    static Entry keep(String key, GeneratedModel generated, boolean verified) {
        return KEPT.keep(key, new Entry(generated, verified));
    }

    /** Forgets a model that could not be loaded, so that the next build compiles the packs. */
    static void forget(String key) {
        KEPT.forget(key);
    }

    /**
     * Generates the models of the bundled packs into a class output directory, as
     * {@code META-INF/devolve/models/<key>.model}: one for all of them, as an engine with no packs named
     * loads them, and one for each with its dependencies. Each is compiled and checked exactly as at
     * load, sandbox included; a pack that does not build fails the build.
     *
     * @param args the class output directory of the jar that bundles the packs, such as {@code target/classes}
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelArchive CLASS_OUTPUT_DIRECTORY");
        }
        Path folder = Path.of(args[0]).resolve(FOLDER);
        Map<String, RulePack> bundled = new LinkedHashMap<>();
        PackLoader.bundledIds().forEach(id -> bundled.put(id, PackLoader.bundled(id)));
        Set<PackResolution.Resolved> sets = new LinkedHashSet<>();
        sets.add(PackResolution.resolve(bundled));
        bundled.forEach((id, pack) -> sets.add(PackResolution.resolve(Map.of(id, pack))));
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            // What earlier contents of the packs gave would never match again.
            for (Path f : (Iterable<Path>) old::iterator) {
                Files.delete(f);
            }
        }
        for (PackResolution.Resolved resolved : sets) {
            List<RulePack> set = resolved.ordered();
            Map<String, Parameter> known = resolved.known();
            LibraryLoader.call(() -> RuleCompiler.compile(set, known, resolved.citations(), true));
            String key = key(set);
            Path model = folder.resolve(key + SUFFIX);
            if (!Files.exists(model)) {
                try (OutputStream out = Files.newOutputStream(model)) {
                    find(key).generated().write(out);
                }
            }
            String checks = CheckedRules.key(set, known.keySet(), resolved.citations().sources().keySet(), true);
            try (OutputStream out = Files.newOutputStream(folder.resolve(CheckedRules.fileName(checks)))) {
                CheckedRules.find(checks).write(out);
            }
            LOG.info("wrote the rule model of packs {} as {}", set.stream().map(RulePack::id).toList(), key + SUFFIX);
        }
    }
}
