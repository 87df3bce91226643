package dev.devolve.pack;

import dev.devolve.error.DevolveException;
import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.LibraryLoader;
import dev.devolve.internal.io.XlsxTable;
import dev.devolve.model.Matter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads rule packs from a directory or from the classpath.
 *
 * <p>Bundled packs live under {@code devolve/packs/<id>/} on the classpath, each with the index of
 * its files written when its jar was built ({@link PackIndex}); each jar that bundles packs lists
 * their ids, one a line, in {@code META-INF/devolve/bundled-packs}. Everything is read with the
 * library's own class loader, whatever the calling thread's context class loader.
 *
 * <pre>{@code
 * RulePack national = PackLoader.bundled("national");
 * RulePack edited = PackLoader.directory(Path.of("packs/my-province"));
 * }</pre>
 */
public final class PackLoader {

    private static final Logger LOG = LoggerFactory.getLogger(PackLoader.class);

    /** The last read of each bundled pack, by id. */
    private static final Map<String, Bundled> BUNDLED = new ConcurrentHashMap<>();

    private PackLoader() {
    }

    /** The ids of every pack bundled on the classpath, in the order the index files list them. */
    public static List<String> bundledIds() {
        Set<String> ids = new LinkedHashSet<>();
        try {
            Enumeration<URL> indexes = LibraryLoader.get().getResources(PackIndex.BUNDLED_LIST);
            while (indexes.hasMoreElements()) {
                URL url = indexes.nextElement();
                try (InputStream in = url.openStream()) {
                    PackIndex.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).forEach(ids::add);
                }
            }
        } catch (IOException e) {
            throw new DevolveException("cannot read the bundled pack index " + PackIndex.BUNDLED_LIST + ": " + e.getMessage(), e);
        }
        return List.copyOf(ids);
    }

    /** Whether a pack with this id is bundled on the classpath, listed in an index file or not. */
    public static boolean isBundled(String id) {
        return ManifestReader.ID.matcher(id).matches() && LibraryLoader.get().getResource(PackIndex.resource(id)) != null;
    }

    /**
     * Loads a pack bundled on the classpath: the files its {@link PackIndex} lists, each read with
     * the library's class loader.
     *
     * @throws InputException naming the pack when one of its files cannot be read
     */
    public static RulePack bundled(String id) {
        String origin = "classpath:" + PackIndex.PACKS + id;
        if (!isBundled(id)) {
            throw new DevolveException("no bundled pack '" + id + "' (no " + PackIndex.resource(id)
                    + " on the classpath); bundled: " + bundledIds());
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (String rel : PackIndex.parse(new String(resource(PackIndex.resource(id), origin), StandardCharsets.UTF_8))) {
            files.put(rel, resource(PackIndex.PACKS + id + "/" + rel, origin));
        }
        // Parsing is most of an engine build once the rules are compiled: the same files are parsed once.
        Bundled kept = BUNDLED.get(id);
        if (kept != null && kept.readFrom(files)) {
            return kept.pack();
        }
        RulePack pack = read(files, origin);
        BUNDLED.put(id, new Bundled(files, pack));
        return pack;
    }

    /** A bundled pack as read from its files. */
    private record Bundled(Map<String, byte[]> files, RulePack pack) {

        boolean readFrom(Map<String, byte[]> other) {
            return files.keySet().equals(other.keySet())
                    && files.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.get(e.getKey())));
        }
    }

    private static byte[] resource(String name, String origin) {
        try (InputStream in = LibraryLoader.get().getResourceAsStream(name)) {
            if (in == null) {
                throw new InputException(origin, 0, 0, "cannot read the pack: " + name + " is listed in "
                        + PackIndex.INDEXES + " but is not on the classpath");
            }
            // A pack jar is read with the same per-file bound as a pack folder.
            byte[] bytes = in.readNBytes((int) PackFolder.MAX_FILE);
            if (in.read() >= 0) {
                throw new InputException(PackFolder.LIMIT, origin + "/" + name, 0, 0, "the file has more than "
                        + PackFolder.MAX_FILE + " bytes; a pack file has at most " + PackFolder.MAX_FILE, null);
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException(origin, 0, 0, "cannot read the pack: " + name + ": " + e.getMessage(), e);
        }
    }

    /** Loads a pack from a directory holding its {@code pack.yaml}. */
    public static RulePack directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), 0, 0, "not a directory");
        }
        if (!Files.isRegularFile(dir.resolve("pack.yaml"))) {
            throw new InputException(dir.resolve("pack.yaml").toString(), 0, 0, "a pack directory needs a pack.yaml");
        }
        return read(readFiles(dir, dir.toString()), dir.toString());
    }

    private static RulePack read(Map<String, byte[]> all, String origin) {
        PackFiles files = new PackFiles(all, origin.startsWith("classpath:") ? origin.substring("classpath:".length()) : origin);
        PackManifest manifest = ManifestReader.manifest(files.source("pack.yaml"), files.text("pack.yaml"));
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        if (files.has("parameters.yaml")) {
            parameters.putAll(ParameterYaml.parameters(files.source("parameters.yaml"), files.text("parameters.yaml")));
        }
        for (String sheet : List.of("parameters.csv", "parameters.xlsx")) {
            if (files.has(sheet)) {
                Set<String> columns = new LinkedHashSet<>(ParameterSheet.COLUMNS);
                CsvTable table = sheet.endsWith(".csv")
                        ? CsvTable.parse(files.source(sheet), files.text(sheet), columns)
                        : XlsxTable.read(files.source(sheet), files.bytes(sheet), columns);
                for (Parameter p : ParameterSheet.parameters(table)) {
                    if (parameters.put(p.name(), p) != null) {
                        throw new InputException(table.source(), 0, 0, "parameter " + p.name() + " is also declared elsewhere in the pack");
                    }
                }
            }
        }
        SortedMap<String, String> drl = files.drl();
        List<Matter> catalog = List.of();
        if (manifest.catalog().isPresent()) {
            String file = manifest.catalog().get();
            if (!files.has(file)) {
                throw new InputException(files.source("pack.yaml"), 0, 0, "catalog: the file " + SafeText.quote(file) + " is not in the pack");
            }
            catalog = CatalogReader.catalog(files.source(file), files.text(file));
        }
        List<DutyCatalogEntry> duties = List.of();
        if (manifest.duties().isPresent()) {
            String file = manifest.duties().get();
            if (!files.has(file)) {
                throw new InputException(files.source("pack.yaml"), 0, 0, "duties: the file " + SafeText.quote(file) + " is not in the pack");
            }
            duties = CatalogReader.duties(files.source(file), files.text(file));
        }
        Optional<ProvincialList> province = files.has("province.yaml") ? Optional.of(ProvinceReader.province(files)) : Optional.empty();
        Map<String, Citation> citations = files.has("citations.yaml")
                ? CitationReader.citations(files.source("citations.yaml"), files.text("citations.yaml")) : Map.of();
        LOG.debug("loaded pack {} {} from {}: {} DRL files, {} parameters, {} matters",
                manifest.id(), manifest.version(), origin, drl.size(), parameters.size(), catalog.size());
        return new RulePack(manifest, origin, drl, parameters, catalog, files.hash(), province, citations, duties);
    }

    private static Map<String, byte[]> readFiles(Path root, String prefix) {
        Path real;
        try {
            // The folder named may itself be a link; what is inside it may not (PackFolder).
            real = root.toRealPath();
        } catch (IOException e) {
            throw new InputException(root.toString(), 0, 0, "cannot read the pack: " + e.getMessage(), e);
        }
        return PackFolder.read(real, prefix);
    }
}
