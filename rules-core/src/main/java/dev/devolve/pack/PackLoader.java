package dev.devolve.pack;

import dev.devolve.api.Citations;
import dev.devolve.api.DevolveException;
import dev.devolve.api.Diagnostic;
import dev.devolve.api.InputException;
import dev.devolve.api.InputLimits;
import dev.devolve.api.PackBuildException;
import dev.devolve.api.SafeText;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.DutyReader;
import dev.devolve.internal.io.FactReader;
import dev.devolve.internal.io.LibraryLoader;
import dev.devolve.internal.io.Node;
import dev.devolve.internal.io.TextFiles;
import dev.devolve.internal.io.XlsxTable;
import dev.devolve.location.SourceLocation;
import dev.devolve.model.TownshipClass;
import dev.devolve.model.TownshipKind;
import dev.devolve.model.Matter;
import dev.devolve.model.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

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
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PHASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

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
        return ID.matcher(id).matches() && LibraryLoader.get().getResource(PackIndex.resource(id)) != null;
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
        return read(files, origin);
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

    private static RulePack read(Map<String, byte[]> files, String origin) {
        String prefix = origin.startsWith("classpath:") ? origin.substring("classpath:".length()) : origin;
        PackManifest manifest = manifest(prefix + "/pack.yaml", text(prefix, "pack.yaml", files.get("pack.yaml")));
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        if (files.containsKey("parameters.yaml")) {
            parameters.putAll(parameters(prefix + "/parameters.yaml", text(prefix, "parameters.yaml", files.get("parameters.yaml"))));
        }
        for (String sheet : List.of("parameters.csv", "parameters.xlsx")) {
            if (files.containsKey(sheet)) {
                CsvTable table = sheet.endsWith(".csv")
                        ? CsvTable.parse(prefix + "/" + sheet, text(prefix, sheet, files.get(sheet)), new LinkedHashSet<>(PARAMETER_COLUMNS))
                        : XlsxTable.read(prefix + "/" + sheet, files.get(sheet), new LinkedHashSet<>(PARAMETER_COLUMNS));
                for (Parameter p : parameterTable(table)) {
                    if (parameters.put(p.name(), p) != null) {
                        throw new InputException(table.source(), 0, 0, "parameter " + p.name() + " is also declared elsewhere in the pack");
                    }
                }
            }
        }
        SortedMap<String, String> drl = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (e.getKey().endsWith(".drl") && !e.getKey().startsWith("scenarios/")) {
                drl.put(e.getKey(), text(prefix, e.getKey(), e.getValue()));
            }
        }
        List<Matter> catalog = List.of();
        if (manifest.catalog().isPresent()) {
            String file = manifest.catalog().get();
            byte[] bytes = files.get(file);
            if (bytes == null) {
                throw new InputException(prefix + "/pack.yaml", 0, 0, "catalog: the file " + SafeText.quote(file) + " is not in the pack");
            }
            catalog = catalog(prefix + "/" + file, text(prefix, file, bytes));
        }
        List<DutyCatalogEntry> duties = List.of();
        if (manifest.duties().isPresent()) {
            String file = manifest.duties().get();
            byte[] bytes = files.get(file);
            if (bytes == null) {
                throw new InputException(prefix + "/pack.yaml", 0, 0, "duties: the file " + SafeText.quote(file) + " is not in the pack");
            }
            duties = DutyReader.catalog(CsvTable.parse(prefix + "/" + file, text(prefix, file, bytes),
                    new LinkedHashSet<>(DutyReader.CATALOG_COLUMNS)));
        }
        Optional<ProvincialList> province = Optional.empty();
        if (files.containsKey("province.yaml")) {
            province = Optional.of(province(prefix, text(prefix, "province.yaml", files.get("province.yaml")), files));
        }
        LOG.debug("loaded pack {} {} from {}: {} DRL files, {} parameters, {} matters",
                manifest.id(), manifest.version(), origin, drl.size(), parameters.size(), catalog.size());
        return new RulePack(manifest, origin, drl, parameters, catalog, hash(files), province, duties);
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

    private static String text(String prefix, String rel, byte[] bytes) {
        return TextFiles.decode(prefix + "/" + rel, bytes);
    }

    /** Hex SHA-256 over every file's path and bytes, in path order. */
    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    static PackManifest manifest(String source, String text) {
        Node.MapNode m = Documents.parse(source, text).asMap();
        String id = m.requireString("id");
        if (!ID.matcher(id).matches()) {
            throw m.get("id").error("a pack id is lower-case letters, digits and '-', starting with a letter: " + SafeText.quote(id));
        }
        String version = m.requireString("version");
        Node.MapNode title = m.require("title").asMap();
        String titleZh = title.requireString("zh");
        String titleEn = title.requireString("en");
        title.finish();
        String jurisdiction = m.requireString("jurisdiction");
        List<String> dependsOn = new ArrayList<>();
        Node deps = m.get("dependsOn");
        if (deps != null) {
            for (Node d : deps.asList().items()) {
                dependsOn.add(d.asScalar().text());
            }
        }
        Node.MapNode effective = m.require("effective").asMap();
        LocalDate from = effective.date("from");
        if (from == null) {
            throw effective.error("missing required key 'effective.from'");
        }
        LocalDate to = effective.date("to");
        effective.finish();
        String catalog = m.string("catalog");
        String duties = m.string("duties");
        List<String> phases = new ArrayList<>();
        Node phaseList = m.get("phases");
        if (phaseList != null) {
            for (Node p : phaseList.asList().items()) {
                String phase = p.asScalar().text();
                if (!PHASE.matcher(phase).matches() || phases.contains(phase)) {
                    throw p.error("a phase is a lower-case word ('_' between words), listed once: " + SafeText.quote(phase));
                }
                phases.add(phase);
            }
        }
        m.finish();
        return new PackManifest(id, version, titleZh, titleEn, jurisdiction, dependsOn, from, Optional.ofNullable(to),
                Optional.ofNullable(catalog), phases, Optional.ofNullable(duties));
    }

    static Map<String, Parameter> parameters(String source, String text) {
        Node.MapNode root = Documents.parse(source, text).asMap();
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (String name : root.keys()) {
            Node.MapNode def = root.require(name).asMap();
            if (!PARAMETER_NAME.matcher(name).matches()) {
                throw def.error("a parameter name is dotted lower-case words, e.g. capacity.min_certified_officers");
            }
            Parameter.Type type = def.require("type").asScalar().enumValue(Parameter.Type.class);
            BigDecimal sumsTo = def.decimal("sumsTo");
            if (sumsTo != null && type != Parameter.Type.TABLE) {
                throw def.get("sumsTo").error("sumsTo applies to TABLE parameters only");
            }
            String unit = def.string("unit");
            Node.MapNode description = def.require("description").asMap();
            String zh = description.requireString("zh");
            String en = description.requireString("en");
            description.finish();
            List<ParameterValue> values = new ArrayList<>();
            LocalDate previous = null;
            for (Node item : def.require("values").asList().items()) {
                Node.MapNode v = item.asMap();
                Node sinceNode = v.require("since");
                LocalDate since = sinceNode.asScalar().date();
                if (previous != null && !since.isAfter(previous)) {
                    throw sinceNode.error("values must be in date order; " + since + " is not after " + previous);
                }
                previous = since;
                Node valueNode = v.require("value");
                Object value = type == Parameter.Type.TABLE ? table(valueNode) : typed(valueNode.asScalar(), type);
                if (sumsTo != null) {
                    checkSum(valueNode, value, sumsTo);
                }
                checkShares(name, type, value, sumsTo, (key, what) -> key == null ? valueNode.error(what)
                        : valueNode.asMap().require(key).error(what));
                Provenance provenance = provenance(v.string("reference"), v.string("note"), v.string("status"), unit,
                        (key, what) -> (v.get(key) == null ? v : v.get(key)).error(what));
                v.finish();
                values.add(new ParameterValue(since, value, provenance));
            }
            if (values.isEmpty()) {
                throw def.get("values").error("a parameter needs at least one dated value");
            }
            def.finish();
            out.put(name, new Parameter(name, type, zh, en, values, source));
        }
        return out;
    }

    /**
     * Where a value comes from, read alike from {@code parameters.yaml} and a parameter sheet: a
     * citation id as {@code reference}, a {@code note}, at least one of them, and {@code status}
     * {@code verified} or {@code modelled}.
     *
     * @param error makes the error for a key and a message, at that key's place in the file
     */
    static Provenance provenance(String reference, String note, String status, String unit,
                                 BiFunction<String, String, InputException> error) {
        if (reference != null && !Citations.isValid(reference)) {
            throw error.apply("reference", "a reference is a citation id, SOURCE, SOURCE art.N or SOURCE §N with a known source "
                    + Citations.sources().keySet() + ", found " + SafeText.quote(reference));
        }
        if (blank(reference) && blank(note)) {
            throw error.apply("note", "every value needs a reference (a citation id) or a note saying where it comes from");
        }
        Provenance.Status s = null;
        for (Provenance.Status candidate : Provenance.Status.values()) {
            if (candidate.word().equals(status)) {
                s = candidate;
            }
        }
        if (s == null) {
            throw error.apply("status", "every value needs status: verified (its source states the number) or modelled,"
                    + " found " + (status == null ? "none" : SafeText.quote(status)));
        }
        return new Provenance(Optional.ofNullable(blank(reference) ? null : reference), Optional.ofNullable(blank(note) ? null : note), s,
                Optional.ofNullable(blank(unit) ? null : unit));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Object typed(Node.Scalar s, Parameter.Type type) {
        return switch (type) {
            case INTEGER -> BigDecimal.valueOf(s.integer());
            case NUMBER -> s.decimal();
            case FLAG -> s.bool();
            case DATE -> s.date();
            case TEXT -> s.text();
            case TABLE -> throw s.error("a TABLE value is a mapping from key to value");
        };
    }

    /** A TABLE value: keys to numbers (kept exact) or words. */
    private static Map<String, Object> table(Node node) {
        Node.MapNode m = node.asMap();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : m.keys()) {
            Node.Scalar s = m.require(key).asScalar();
            out.put(key, s.kind() == Node.Scalar.Kind.NUMBER ? s.decimal() : s.text());
        }
        return Collections.unmodifiableMap(out);
    }

    private static void checkSum(Node node, Object value, BigDecimal sumsTo) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object v : ((Map<?, ?>) value).values()) {
            if (!(v instanceof BigDecimal d)) {
                throw node.error("every entry must be a number when the table sums to " + sumsTo.toPlainString());
            }
            sum = sum.add(d);
        }
        if (sum.compareTo(sumsTo) != 0) {
            throw node.error("the shares add up to " + sum.toPlainString() + ", not " + sumsTo.toPlainString());
        }
    }

    /**
     * A parameter holds shares when a segment of its name ends in {@code share} or {@code split}
     * ({@code fiscal.township_share}, {@code fiscal.central_share.tiered}, {@code fiscal.local_split}),
     * or when it declares {@code sumsTo}: each share is a number from 0 to 1 (to {@code sumsTo}),
     * and a split's shares add up to 1 whether or not it says so. A pack that breaks this is
     * rejected with {@code PARAMETER_SHARE}: a share of 1.5 would make a negative transfer, and a
     * split of {@code {province: 3, city: -2.5, county: 0.5}} sums to 1.
     *
     * @param at an error at the place of an entry of a table (a key), or of the whole value (null),
     *           saying what is wrong
     */
    static void checkShares(String name, Parameter.Type type, Object value, BigDecimal sumsTo,
                            BiFunction<String, String, InputException> at) {
        boolean split = false;
        boolean share = sumsTo != null;
        for (String segment : name.split("\\.")) {
            split |= segment.endsWith("split");
            share |= segment.endsWith("share") || segment.endsWith("split");
        }
        if (!share) {
            return;
        }
        BigDecimal bound = sumsTo != null ? sumsTo : BigDecimal.ONE;
        if (type == Parameter.Type.NUMBER) {
            BigDecimal d = (BigDecimal) value;
            if (d.signum() < 0 || d.compareTo(bound) > 0) {
                throw integrity(at.apply(null, "a share is between 0 and " + bound.toPlainString() + ", found " + d.toPlainString()));
            }
            return;
        }
        if (type != Parameter.Type.TABLE) {
            throw integrity(at.apply(null, "a share is a NUMBER between 0 and 1, or a TABLE of them; found type " + type));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            if (!(e.getValue() instanceof BigDecimal d) || d.signum() < 0 || d.compareTo(bound) > 0) {
                throw integrity(at.apply(String.valueOf(e.getKey()), "a share is a number between 0 and " + bound.toPlainString()
                        + ", found " + (e.getValue() instanceof BigDecimal d ? d.toPlainString() : "'" + e.getValue() + "'")));
            }
            sum = sum.add((BigDecimal) e.getValue());
        }
        if (split && sum.compareTo(BigDecimal.ONE) != 0) {
            throw integrity(at.apply(null, "the shares of a split add up to 1, found " + sum.toPlainString()));
        }
    }

    /** A parameter value that parses but cannot be right: the pack is rejected, at the value's place. */
    private static PackBuildException integrity(InputException at) {
        return new PackBuildException(List.of(Diagnostic.error("PARAMETER_SHARE", at.location(), at.detail())));
    }

    /** The columns of a parameter sheet: one row per dated value. */
    static final List<String> PARAMETER_COLUMNS = List.of("name", "type", "since", "value", "reference", "note", "status",
            "unit", "description_zh", "description_en", "sumsTo");

    /**
     * Parameters kept as a spreadsheet: one row per dated value, rows of one parameter together and
     * in date order; the description and type are read from its first row. A TABLE value is written
     * {@code key=value|key=value}.
     */
    static List<Parameter> parameterTable(CsvTable table) {
        Map<String, List<CsvTable.Row>> byName = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.string("name");
            if (name == null || !PARAMETER_NAME.matcher(name).matches()) {
                throw row.errorAt("name", "a parameter name is dotted lower-case words, e.g. capacity.min_certified_officers, found " + SafeText.quote(name));
            }
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
        }
        List<Parameter> out = new ArrayList<>();
        for (Map.Entry<String, List<CsvTable.Row>> e : byName.entrySet()) {
            CsvTable.Row first = e.getValue().get(0);
            Parameter.Type type = first.enumValue("type", Parameter.Type.class);
            if (type == null) {
                throw first.errorAt("type", "the first row of parameter " + e.getKey() + " needs its type");
            }
            String zh = first.string("description_zh");
            String en = first.string("description_en");
            if (zh == null || en == null) {
                throw first.errorAt(zh == null ? "description_zh" : "description_en", "the first row of parameter " + e.getKey() + " needs its description");
            }
            BigDecimal sumsTo = first.decimal("sumsTo");
            List<ParameterValue> values = new ArrayList<>();
            LocalDate previous = null;
            for (CsvTable.Row row : e.getValue()) {
                LocalDate since = row.date("since");
                if (since == null) {
                    throw row.errorAt("since", "every value needs the date it takes effect");
                }
                if (previous != null && !since.isAfter(previous)) {
                    throw row.errorAt("since", "values must be in date order; " + since + " is not after " + previous);
                }
                previous = since;
                Provenance provenance = provenance(row.string("reference"), row.string("note"), row.string("status"),
                        first.string("unit"), row::errorAt);
                Object value = cell(row, type, sumsTo);
                String name = e.getKey();
                checkShares(name, type, value, sumsTo, (key, what) -> row.errorAt("value", name + (key == null ? "" : "." + key) + ": " + what));
                values.add(new ParameterValue(since, value, provenance));
            }
            out.add(new Parameter(e.getKey(), type, zh, en, values, table.source()));
        }
        return out;
    }

    private static Object cell(CsvTable.Row row, Parameter.Type type, BigDecimal sumsTo) {
        String text = row.string("value");
        if (text == null) {
            throw row.errorAt("value", "every row needs a value");
        }
        Object value = switch (type) {
            case INTEGER -> BigDecimal.valueOf(row.integer("value"));
            case NUMBER -> row.decimal("value");
            case FLAG -> row.bool("value");
            case DATE -> row.date("value");
            case TEXT -> text;
            case TABLE -> {
                Map<String, Object> t = new LinkedHashMap<>();
                for (String part : text.split("\\|")) {
                    String[] kv = part.split("=", 2);
                    if (kv.length != 2 || kv[0].isBlank()) {
                        throw row.errorAt("value", "a TABLE value is key=value|key=value, found " + SafeText.quote(text));
                    }
                    String v = kv[1].trim();
                    t.put(kv[0].trim(), v.matches("-?\\d+(\\.\\d+)?") ? number(row, v) : v);
                }
                yield Collections.unmodifiableMap(t);
            }
        };
        if (sumsTo != null) {
            if (!(value instanceof Map<?, ?> table) || !table.values().stream().allMatch(BigDecimal.class::isInstance)) {
                throw row.errorAt("sumsTo", "sumsTo applies to a TABLE of numbers");
            }
            BigDecimal sum = table.values().stream().map(BigDecimal.class::cast).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(sumsTo) != 0) {
                throw row.errorAt("value", "the shares add up to " + sum.toPlainString() + ", not " + sumsTo.toPlainString());
            }
        }
        return value;
    }

    private static BigDecimal number(CsvTable.Row row, String text) {
        try {
            return InputLimits.number(text);
        } catch (IllegalArgumentException e) {
            throw row.errorAt(Node.NUMBER, "value", e.getMessage());
        }
    }

    /** The columns of a provincial list: the matter, a column per kind of township, classes, recall. */
    static final List<String> LIST_COLUMNS = List.of("matter", "name", "STREET", "TOWN", "TOWNSHIP", "ETHNIC_TOWNSHIP", "SUMU",
            "OTHER", "classes", "recalledOn", "note");

    static ProvincialList province(String prefix, String text, Map<String, byte[]> files) {
        String source = prefix + "/province.yaml";
        Node.MapNode m = Documents.parse(source, text).asMap();
        String code = m.requireString("province");
        if (!code.matches("\\d{2}")) {
            throw m.get("province").error("a province is its 2-digit GB/T 2260 code, found " + SafeText.quote(code));
        }
        String document = m.requireString("document");
        Boolean published = m.bool("published");
        if (published == null) {
            throw m.error("missing required key 'published' (true or false)");
        }
        LocalDate date = m.require("decisionDate").asScalar().date();
        String note = m.requireString("source");
        Node listNode = m.require("list");
        String listFile = listNode.asScalar().text();
        m.finish();
        byte[] bytes = files.get(listFile);
        if (bytes == null) {
            throw listNode.error("the list file " + SafeText.quote(listFile) + " is not in the pack");
        }
        CsvTable table;
        if (listFile.endsWith(".xlsx")) {
            table = XlsxTable.read(prefix + "/" + listFile, bytes, new LinkedHashSet<>(LIST_COLUMNS));
        } else if (listFile.endsWith(".csv")) {
            table = CsvTable.parse(prefix + "/" + listFile, text(prefix, listFile, bytes), new LinkedHashSet<>(LIST_COLUMNS));
        } else {
            throw listNode.error("a list is a .csv or .xlsx file, found " + SafeText.quote(listFile));
        }
        Map<String, ProvincialList.Entry> entries = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String matter = row.string("matter");
            if (matter == null) {
                throw row.errorAt("matter", "every row needs the matter's catalog code");
            }
            Set<TownshipKind> kinds = EnumSet.noneOf(TownshipKind.class);
            for (TownshipKind k : TownshipKind.values()) {
                if (yes(row, k.name())) {
                    kinds.add(k);
                }
            }
            ProvincialList.Entry e = new ProvincialList.Entry(matter, kinds, row.enumSet("classes", TownshipClass.class),
                    Optional.ofNullable(row.date("recalledOn")), row.string("note") == null ? "" : row.string("note"),
                    SourceLocation.of(table.source(), row.line(), table.header().indexOf("matter") + 1));
            if (entries.put(matter, e) != null) {
                throw row.errorAt("matter", "matter " + SafeText.quote(matter) + " is listed twice");
            }
        }
        Node provinceNode = m.get("province");
        return new ProvincialList(code, document, published, date, note, listFile, entries,
                provinceNode.location());
    }

    /** A kind column holds {@code yes}, {@code no} or nothing. */
    private static boolean yes(CsvTable.Row row, String column) {
        String v = row.string(column);
        if (v == null || v.equalsIgnoreCase("no")) {
            return false;
        }
        if (v.equalsIgnoreCase("yes")) {
            return true;
        }
        throw row.errorAt(column, "expected yes, no or an empty cell, found " + SafeText.quote(v));
    }

    static List<Matter> catalog(String source, String text) {
        CsvTable table = CsvTable.parse(source, text, new LinkedHashSet<>(FactReader.MATTER_KEYS));
        if (!table.header().contains("code")) {
            throw new InputException(source, 1, 1, "a catalog needs a 'code' column");
        }
        List<Matter> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            Matter m = FactReader.matter(row);
            if (m.getCode() == null) {
                throw row.errorAt("code", "every catalog row needs a code");
            }
            if (!codes.add(m.getCode())) {
                throw row.errorAt("code", "duplicate matter code " + SafeText.quote(m.getCode()));
            }
            out.add(m);
        }
        return out;
    }
}
