package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.internal.io.LibraryLoader;
import dev.devolve.internal.sandbox.BytecodeVerifier;
import dev.devolve.location.SourceLocation;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.model.KieModuleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The executable model of a set of packs as the compiler wrote it: the bytecode of every generated
 * class by its internal name ({@code dev/devolve/packs/national/Rules…}), and the names of the model
 * classes that list the rules. It is checked against the sandbox before any of its classes is
 * defined, then loaded into a class loader of its own and turned into a KieBase.
 *
 * <p>Stored as a zip: one {@code .class} entry per class and a {@value #MODELS} entry listing the model
 * classes, one a line.
 */
record GeneratedModel(Map<String, byte[]> classes, List<String> models) {

    private static final Logger LOG = LoggerFactory.getLogger(GeneratedModel.class);
    private static final String MODELS = "models";
    private static final String CLASS = ".class";
    private static final String KIE_BASE = "devolve";

    /**
     * The KIE module every engine is built under. Facts are immutable and rules only insert findings,
     * so property reactivity buys nothing; ALLOWED turns it off unless a type asks for it, which also
     * silences its warnings.
     */
    static KieModuleModel moduleModel() {
        KieModuleModel module = KieServices.Factory.get().newKieModuleModel();
        module.setConfigurationProperty("drools.propertySpecific", "ALLOWED");
        module.newKieBaseModel(KIE_BASE).setDefault(true).newKieSessionModel("devolve-session").setDefault(true);
        return module;
    }

    /** A new KieBase of the rules of loaded model classes. */
    static KieBase kieBase(List<Model> models) {
        KieModuleModel module = moduleModel();
        // Built from the models directly, the base takes the rules of the packages it names: all of them.
        return KieBaseBuilder.createKieBaseFromModel(models, module.getKieBaseModels().get(KIE_BASE).addPackage("*"), module);
    }

    /**
     * Checks every class against the sandbox. A problem is located at the rule whose constraints or
     * consequence the class holds, else at the first DRL file of the class's package.
     *
     * @param kfsPaths the compiler's path of each DRL file, with the pack and file it came from
     */
    void verify(Map<String, RuleInfo> rules, Map<String, String[]> kfsPaths, List<Diagnostic> problems) {
        long start = System.nanoTime();
        Map<String, List<String>> refused = new TreeMap<>();
        classes.forEach((type, bytes) -> {
            List<String> found = BytecodeVerifier.verify(bytes, classes.keySet());
            if (!found.isEmpty()) {
                refused.put(type, found);
            }
        });
        LOG.debug("verified {} generated classes in {} ms", classes.size(), (System.nanoTime() - start) / 1_000_000);
        if (refused.isEmpty()) {
            return;
        }
        Set<String> names = new HashSet<>();
        rules.keySet().forEach(k -> names.add(k.substring(k.indexOf('/') + 1)));
        Map<String, String> ruleOf = BytecodeVerifier.rulesOf(classes, names);
        refused.forEach((type, found) -> {
            String pkg = type.replaceFirst("(/P[0-9A-F]{2})?/[^/]+$", "").replace('/', '.');
            RuleInfo rule = rules.get(pkg + "/" + ruleOf.get(type));
            SourceLocation where = rule != null ? SourceLocation.of(rule.location().file(), rule.line(), 1) : origin(type, kfsPaths);
            for (String problem : new TreeSet<>(found)) {
                problems.add(Diagnostic.error("SANDBOX_BYTECODE", where, "compiled rule code " + problem
                        + ", which the sandbox does not allow (class " + type.replace('/', '.') + ")"));
            }
        });
    }

    private static SourceLocation origin(String type, Map<String, String[]> kfsPaths) {
        String folder = type.contains("/") ? type.substring(0, type.lastIndexOf('/')) : "";
        String parent = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
        return kfsPaths.entrySet().stream()
                .filter(e -> {
                    String dir = e.getKey().substring(ModelBuilder.RESOURCES.length(), e.getKey().lastIndexOf('/'));
                    return dir.equals(folder) || dir.equals(parent);
                })
                .map(e -> e.getValue()[0] + "/" + e.getValue()[1]).sorted().findFirst()
                .map(file -> SourceLocation.of(file, 1, 1)).orElse(SourceLocation.of(type));
    }

    /**
     * Defines the classes in a class loader of their own, whose parent is the library's, and
     * instantiates the model classes. Call only after {@link #verify} found nothing.
     */
    List<Model> load() {
        ClassLoader loader = new Loader(classes);
        List<Model> out = new ArrayList<>(models.size());
        for (String name : models) {
            try {
                out.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                throw new IllegalStateException("cannot load the generated rule model " + name + ": " + e, e);
            }
        }
        return out;
    }

    /** Defines generated classes from their bytecode on first use. */
    private static final class Loader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes) {
            super("devolve-rules", LibraryLoader.get());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    void write(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry list = new ZipEntry(MODELS);
            // A fixed time: the same model gives the same bytes.
            list.setTime(0);
            zip.putNextEntry(list);
            zip.write(String.join("\n", models).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                ZipEntry e = new ZipEntry(c.getKey() + CLASS);
                e.setTime(0);
                zip.putNextEntry(e);
                zip.write(c.getValue());
            }
        }
    }

    static GeneratedModel read(InputStream in) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        List<String> models = List.of();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(MODELS)) {
                    models = new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
                } else if (e.getName().endsWith(CLASS)) {
                    classes.put(e.getName().substring(0, e.getName().length() - CLASS.length()), zip.readAllBytes());
                }
            }
        }
        if (models.isEmpty()) {
            throw new IOException("no " + MODELS + " entry: not a generated rule model");
        }
        return new GeneratedModel(classes, models);
    }
}
