package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.location.SourceLocation;
import dev.devolve.pack.RulePack;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles DRL into the executable model with KieBuilder: Java classes for every constraint and
 * consequence, and the model classes that list the rules. Compile errors become diagnostics at the
 * pack, file, line and column of the DRL. Every build uses a fresh ReleaseId that is removed from the
 * KIE repository afterwards, so builds over a process's life do not accumulate there.
 */
final class ModelBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ModelBuilder.class);
    static final String RESOURCES = "src/main/resources/";
    private static final String MODEL_LIST = "/drools-model";
    private static final String PROJECT_MODEL = "org/drools/project/model/";
    private static final Pattern EXPRESSION = Pattern.compile("expression:\\s+(.+)$");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):\\s");

    private ModelBuilder() {
    }

    /** What a compilation wrote, and the release it was built under (already removed from the KIE repository). */
    record Output(GeneratedModel model, ReleaseId releaseId) {
    }

    /**
     * @param kfsPaths the KieFileSystem path of each DRL file, with the pack and file it came from
     * @return the generated model, or null when {@code problems} got compile errors
     */
    static Output compile(List<RulePack> packs, Map<String, String[]> kfsPaths, List<Diagnostic> problems) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("dev.devolve.engine", "packs-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML(GeneratedModel.moduleModel().toXML());
        Map<String, String> sources = new HashMap<>();
        for (RulePack pack : packs) {
            // The pack's own folder layout is the DRL package path, as Drools expects.
            pack.drl().forEach((file, text) -> {
                kfs.write(RESOURCES + file, text);
                sources.put(RESOURCES + file, text);
            });
        }
        long start = System.nanoTime();
        // One build path for every pack: the executable model turns each constraint and consequence
        // into Java classes, so what the sandbox verifies is exactly what will run.
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        try {
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                problems.add(Diagnostic.error("DRL_COMPILE", where(m, kfsPaths, sources), RuleCompiler.oneLine(m.getText())));
            }
            if (!problems.isEmpty()) {
                return null;
            }
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            Map<String, byte[]> classes = new TreeMap<>();
            List<String> models = List.of();
            for (String file : module.getFileNames()) {
                if (file.startsWith(PROJECT_MODEL)) {
                    // The KIE module's own description, for a KieContainer: engines are built from the models.
                    continue;
                }
                if (file.endsWith(".class")) {
                    classes.put(file.substring(0, file.length() - ".class".length()), module.getBytes(file));
                } else if (file.endsWith(MODEL_LIST)) {
                    // "Drools-Model-Version:…" and then one model class name a line
                    models = new String(module.getBytes(file), StandardCharsets.UTF_8).lines()
                            .map(String::strip).filter(l -> !l.isEmpty() && !l.contains(":")).toList();
                }
            }
            LOG.debug("compiled {} pack(s) to {} classes in {} ms", packs.size(), classes.size(), (System.nanoTime() - start) / 1_000_000);
            return new Output(new GeneratedModel(classes, models), releaseId);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static SourceLocation where(Message m, Map<String, String[]> kfsPaths, Map<String, String> sources) {
        // KieBuilder names files with or without the resources prefix, depending on the phase.
        String[] origin = kfsPaths.getOrDefault(m.getPath(), kfsPaths.get(RESOURCES + m.getPath()));
        String file = origin == null ? String.valueOf(m.getPath()) : origin[0] + "/" + origin[1];
        String kfsPath = m.getPath() == null || m.getPath().startsWith(RESOURCES) ? m.getPath() : RESOURCES + m.getPath();
        if (m.getLine() > 0) {
            int column = m.getColumn() > 0 ? m.getColumn() : columnOf(sources.get(kfsPath), m.getLine(), m.getText());
            return SourceLocation.of(file, m.getLine(), column);
        }
        return positionOf(file, sources.get(kfsPath), m.getText());
    }

    /**
     * Drools reports constraint errors with the rule's line but a column relative to the expression
     * ("Unable to Analyse Expression x == y: … Column: 4"); find the expression in that line of the
     * source instead, so the column points at it. 0 when it cannot be found.
     */
    static int columnOf(String source, int line, String message) {
        Matcher m = ANALYSE.matcher(message == null ? "" : message);
        if (source == null || !m.find()) {
            return 0;
        }
        String[] lines = source.split("\\R", -1);
        if (line < 1 || line > lines.length) {
            return 0;
        }
        int at = lines[line - 1].indexOf(m.group(1).trim());
        return at < 0 ? 0 : at + 1;
    }

    /**
     * The executable-model compiler reports some errors without a line, naming the expression
     * instead ("Unable to parse left part of expression: x < y"); find it in the source.
     * The file alone when it cannot be found.
     */
    static SourceLocation positionOf(String file, String source, String message) {
        Matcher m = EXPRESSION.matcher(message == null ? "" : message);
        int at = source == null || !m.find() ? -1 : source.indexOf(m.group(1).trim());
        if (at < 0) {
            return SourceLocation.of(file);
        }
        return SourceLocation.at(file, source, at);
    }
}
