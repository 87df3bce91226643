package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.error.PackBuildException;
import dev.devolve.internal.sandbox.BytecodeVerifier;
import dev.devolve.internal.sandbox.SourceCheck;
import dev.devolve.model.MissingFact;
import dev.devolve.location.SourceLocation;
import dev.devolve.pack.Citations;
import dev.devolve.pack.Parameter;
import dev.devolve.pack.RulePack;
import dev.devolve.result.RuleDescription;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a set of packs into one KieBase through KieServices/KieFileSystem/KieBuilder.
 *
 * <p>Each DRL file is first parsed on its own with the DRL parser, which gives exact lines and
 * columns for syntax errors and the rule metadata; only when every file parses and every rule's
 * metadata is valid is the whole set handed to KieBuilder. Every build uses a fresh ReleaseId that
 * is removed from the KIE repository afterwards, so engines built over a process's life do not
 * accumulate there. Any problem throws {@link PackBuildException} with all diagnostics: a broken
 * pack never yields a half-built engine.
 */
public final class RuleCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final Pattern EXPRESSION = Pattern.compile("expression:\\s+(.+)$");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):\\s");
    private static final Pattern PARAM_NAME = Pattern.compile("name\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final List<String> REQUIRED_META = List.of("label_zh", "label_en", "cite", "explain_zh", "explain_en");

    private RuleCompiler() {
    }

    /** A compiled pack set: the KieBase, the metadata of each rule by its Drools key and the phases in the order they run. */
    public record Compiled(KieBase kieBase, Map<String, RuleInfo> rules, ReleaseId releaseId, List<String> phases) {

        /** Every rule as readers see it, in pack and file order. */
        public List<RuleDescription> descriptions() {
            return rules.values().stream().map(RuleInfo::describe).toList();
        }

        /** The parameters read by rules whose conditions match a fact of the given simple type name. */
        public Set<String> parametersFor(String type) {
            Set<String> out = new TreeSet<>();
            rules.values().stream().filter(r -> r.types().contains(type)).forEach(r -> out.addAll(r.parameters()));
            return out;
        }
    }

    /**
     * @param packs      packs in load order (dependencies first)
     * @param parameters the merged parameters the rules may name
     * @param sandbox    whether to hold the packs to the sandbox (every pack not explicitly trusted)
     * @throws PackBuildException with every problem found
     */
    public static Compiled compile(List<RulePack> packs, Map<String, Parameter> parameters, boolean sandbox) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, SourceLocation> idLocations = new HashMap<>();
        Map<String, String[]> kfsPaths = new HashMap<>();
        Phases phases = new Phases(packs);
        for (RulePack pack : packs) {
            for (Map.Entry<String, String> drl : pack.drl().entrySet()) {
                String location = pack.id() + "/" + drl.getKey();
                String[] previousOwner = kfsPaths.put(RESOURCES + drl.getKey(), new String[] {pack.id(), drl.getKey()});
                if (previousOwner != null) {
                    problems.add(Diagnostic.error("DUPLICATE_FILE", SourceLocation.of(location, 1, 1), "pack '" + previousOwner[0]
                            + "' already has " + drl.getKey() + "; packs sharing a DRL package need distinct file names"));
                }
                try {
                    checkFile(pack, drl.getKey(), parameters, sandbox, phases, rules, idLocations, problems);
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    problems.add(crash("DRL_BUILD", location, "reading it", e));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PackBuildException(problems);
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("dev.devolve.engine", "packs-" + UUID.randomUUID(), "1.0.0");
        KieBase kieBase;
        try {
            kieBase = build(ks, releaseId, packs, rules, kfsPaths, sandbox, problems);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            problems.add(crash("DRL_BUILD", String.join(", ", packs.stream().map(RulePack::id).toList()), "compiling the packs", e));
            kieBase = null;
        }
        if (!problems.isEmpty()) {
            throw new PackBuildException(problems);
        }
        return new Compiled(kieBase, rules, releaseId, phases.order());
    }

    /**
     * The place of a parser's 0-based column (Drools' descriptors and ANTLR count columns from 0), as
     * the 1-based one every diagnostic shows; no column when the line is not known.
     */
    static SourceLocation at(String file, int line, int zeroBasedColumn) {
        return line > 0 ? SourceLocation.of(file, line, Math.max(zeroBasedColumn, 0) + 1) : SourceLocation.of(file);
    }

    /** Parses one DRL file, checks it and collects its rules' metadata. */
    private static void checkFile(RulePack pack, String file, Map<String, Parameter> parameters, boolean sandbox, Phases phases,
                                  Map<String, RuleInfo> rules, Map<String, SourceLocation> idLocations, List<Diagnostic> problems) {
        String location = pack.id() + "/" + file;
        String text = pack.drl().get(file);
        PackageDescr descr = parse(location, text, problems);
        if (descr == null) {
            return;
        }
        checkPackagePath(location, file, descr, problems);
        if (sandbox) {
            problems.addAll(SourceCheck.check(location, text, descr));
        }
        for (RuleDescr rule : descr.getRules()) {
            RuleInfo info = metadata(pack.id(), file, descr.getName(), rule, parameters, problems);
            if (info == null) {
                continue;
            }
            AttributeDescr group = rule.getAttributes().get("ruleflow-group");
            phases.check(at(location, rule.getLine(), rule.getColumn()), pack.id(), info.id(),
                    group == null ? null : AnnotationDescr.unquote(group.getValue().trim()), pack, problems);
            SourceLocation previous = idLocations.putIfAbsent(info.id(), info.location());
            if (previous != null) {
                problems.add(Diagnostic.error("DUPLICATE_RULE_ID", at(location, rule.getLine(), rule.getColumn()),
                        "rule id '" + info.id() + "' is already used at " + previous));
            }
            rules.put(info.key(), info);
        }
    }

    /**
     * A parser or compiler that failed instead of reporting: the pack still gets a diagnostic, never
     * the failure itself (a stack overflow, a compiler's own exception, pack code run at build).
     */
    private static Diagnostic crash(String code, String where, String doing, Throwable e) {
        LOG.debug("{} failed while {}", where, doing, e);
        String message = e.getMessage() == null ? "" : e.getMessage();
        String detail = message.isEmpty() ? "" : ": " + oneLine(message.length() > 200 ? message.substring(0, 199) + "…" : message);
        return Diagnostic.error(code, SourceLocation.of(where), "the engine failed while " + doing + " (" + e.getClass().getSimpleName() + detail
                + "); simplify the rules there");
    }

    private static PackageDescr parse(String location, String text, List<Diagnostic> problems) {
        Diagnostic limit = DrlLimits.check(location, text);
        if (limit != null) {
            problems.add(limit);
            return null;
        }
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(Diagnostic.error("DRL_SYNTAX", at(location, e.getLineNumber(), e.getColumn()), e.getMessage()));
            return null;
        }
        if (parser.hasErrors()) {
            for (DroolsError error : parser.getErrors()) {
                SourceLocation where = SourceLocation.of(location);
                if (error instanceof ParserError pe) {
                    where = at(location, pe.getRow(), pe.getCol());
                } else if (error.getLines().length > 0 && error.getLines()[0] > 0) {
                    where = SourceLocation.of(location, error.getLines()[0]);
                }
                problems.add(Diagnostic.error("DRL_SYNTAX", where, oneLine(error.getMessage())));
            }
            return null;
        }
        return descr;
    }

    private static void checkPackagePath(String location, String file, PackageDescr descr, List<Diagnostic> problems) {
        String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
        String expected = descr.getName() == null ? "" : descr.getName().replace('.', '/');
        if (!folder.equals(expected)) {
            problems.add(Diagnostic.error("PACKAGE_PATH", SourceLocation.of(location, 1, 1),
                    "package '" + descr.getName() + "' must live in folder '" + expected + "/' of the pack, not '" + folder + "/'"));
        }
    }

    private static RuleInfo metadata(String packId, String file, String pkg, RuleDescr rule, Map<String, Parameter> parameters,
                                     List<Diagnostic> problems) {
        SourceLocation at = at(packId + "/" + file, rule.getLine(), rule.getColumn());
        Map<String, String> meta = new HashMap<>();
        for (AnnotationDescr a : rule.getAnnotations()) {
            Object v = a.getSingleValueStripped();
            meta.put(a.getName(), v == null ? "" : AnnotationDescr.unquote(v.toString()));
        }
        int before = problems.size();
        for (String key : REQUIRED_META) {
            if (meta.getOrDefault(key, "").isBlank()) {
                problems.add(Diagnostic.error("RULE_METADATA", at, "rule '" + rule.getName() + "' needs @" + key + "(\"…\")"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String id = meta.getOrDefault("id", rule.getName());
        if (!RULE_ID.matcher(id).matches()) {
            problems.add(Diagnostic.error("RULE_METADATA", at, (meta.containsKey("id") ? "@id '" : "rule name '") + id
                    + "' must be dotted lower-case words, e.g. capacity.no_team (the id is the rule name unless @id gives one)"));
        }
        List<String> citations = split(meta.get("cite"), ",");
        for (String c : citations) {
            if (!Citations.isValid(c)) {
                problems.add(Diagnostic.error("UNKNOWN_CITATION", at, "rule '" + id + "' cites '" + c
                        + "'; a citation is SOURCE, SOURCE art.N or SOURCE §N with a known source: " + Citations.sources().keySet()));
            }
        }
        List<String> facts = split(meta.getOrDefault("facts", ""), ",");
        for (String f : facts) {
            checkPath(at, id, "@facts", f, parameters, problems);
        }
        for (String template : List.of(meta.get("explain_zh"), meta.get("explain_en"))) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                if (!facts.contains(m.group(1)) && !m.group().equals(MissingFact.PLACEHOLDER)) {
                    problems.add(Diagnostic.error("RULE_METADATA", at, "rule '" + id + "': placeholder {" + m.group(1)
                            + "} is not one of its @facts " + facts));
                }
            }
        }
        List<Requirement> requires = new ArrayList<>();
        for (String r : split(meta.getOrDefault("requires", ""), ";")) {
            try {
                Requirement req = Requirement.parse(r);
                checkPath(at, id, "@requires", req.fact(), parameters, problems);
                if (req.operandIsPath()) {
                    checkPath(at, id, "@requires", req.operand(), parameters, problems);
                }
                requires.add(req);
            } catch (IllegalArgumentException e) {
                problems.add(Diagnostic.error("RULE_METADATA", at, "rule '" + id + "' @requires: " + e.getMessage()));
            }
        }
        int salience = 0;
        AttributeDescr s = rule.getAttributes().get("salience");
        if (s != null) {
            try {
                salience = Integer.parseInt(s.getValue().trim());
            } catch (NumberFormatException e) {
                problems.add(Diagnostic.error("RULE_METADATA", at, "rule '" + id + "': salience must be a whole number, found '" + s.getValue() + "'"));
            }
        }
        Set<String> types = new TreeSet<>();
        Set<String> params = new TreeSet<>();
        scan(rule.getLhs(), types, params);
        for (String f : facts) {
            if (!FactPaths.isFactNamespace(f)) {
                params.add(f);
            }
        }
        for (Requirement r : requires) {
            for (String path : List.of(r.fact(), r.operand())) {
                if (parameters.containsKey(path)) {
                    params.add(path);
                }
            }
        }
        for (String p : params) {
            if (!parameters.containsKey(p)) {
                problems.add(Diagnostic.error("UNKNOWN_FACT", at, "rule '" + id + "' reads parameter '" + p
                        + "', which no loaded pack declares"));
            }
        }
        return new RuleInfo(pkg + "/" + rule.getName(), id, packId, file, rule.getLine(), salience, meta.get("label_zh"),
                meta.get("label_en"), citations, facts, meta.get("explain_zh"), meta.get("explain_en"), requires, types, params);
    }

    /** Collects the fact types a rule's conditions match, and the parameters its Param patterns name. */
    private static void scan(BaseDescr descr, Set<String> types, Set<String> params) {
        if (descr instanceof PatternDescr p) {
            String type = p.getObjectType();
            types.add(type.substring(type.lastIndexOf('.') + 1));
            if (type.endsWith("Param")) {
                for (BaseDescr c : p.getDescrs()) {
                    if (c instanceof ExprConstraintDescr e) {
                        Matcher m = PARAM_NAME.matcher(e.getExpression());
                        while (m.find()) {
                            params.add(m.group(1));
                        }
                    }
                }
            }
        } else if (descr instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                scan(child, types, params);
            }
        }
    }

    private static void checkPath(SourceLocation at, String id, String where, String path, Map<String, Parameter> parameters,
                                  List<Diagnostic> problems) {
        boolean ok = FactPaths.isFactNamespace(path) ? FactPaths.isFact(path) : parameters.containsKey(path);
        if (!ok) {
            problems.add(Diagnostic.error("UNKNOWN_FACT", at, "rule '" + id + "' " + where + " names '" + path
                    + "', which is neither a fact path nor a parameter of the loaded packs"));
        }
    }

    private static List<String> split(String value, String separator) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(separator)) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    private static KieBase build(KieServices ks, ReleaseId releaseId, List<RulePack> packs, Map<String, RuleInfo> rules,
                                 Map<String, String[]> kfsPaths, boolean verify, List<Diagnostic> problems) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        // Facts are immutable and rules only insert findings, so property reactivity buys nothing;
        // ALLOWED turns it off unless a type asks for it, which also silences its warnings.
        KieModuleModel module = ks.newKieModuleModel();
        module.setConfigurationProperty("drools.propertySpecific", "ALLOWED");
        module.newKieBaseModel("devolve").setDefault(true).newKieSessionModel("devolve-session").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
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
        // into Java classes, so what the sandbox verifies below is exactly what will run.
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        try {
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                // KieBuilder names files with or without the resources prefix, depending on the phase.
                String[] origin = kfsPaths.getOrDefault(m.getPath(), kfsPaths.get(RESOURCES + m.getPath()));
                String file = origin == null ? String.valueOf(m.getPath()) : origin[0] + "/" + origin[1];
                String kfsPath = m.getPath() == null || m.getPath().startsWith(RESOURCES) ? m.getPath() : RESOURCES + m.getPath();
                SourceLocation where;
                if (m.getLine() > 0) {
                    int column = m.getColumn() > 0 ? m.getColumn() : columnOf(sources.get(kfsPath), m.getLine(), m.getText());
                    where = SourceLocation.of(file, m.getLine(), column);
                } else {
                    where = positionOf(file, sources.get(kfsPath), m.getText());
                }
                problems.add(Diagnostic.error("DRL_COMPILE", where, oneLine(m.getText())));
            }
            if (!problems.isEmpty()) {
                return null;
            }
            if (verify) {
                verifyClasses((InternalKieModule) builder.getKieModule(), rules, kfsPaths, problems);
                if (!problems.isEmpty()) {
                    return null;
                }
            }
            KieContainer container = ks.newKieContainer(releaseId);
            KieBase kieBase = container.getKieBase();
            LOG.debug("compiled {} pack(s) in {} ms", packs.size(), (System.nanoTime() - start) / 1_000_000);
            return kieBase;
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Reads every class the generator wrote and checks it against the sandbox before any is loaded.
     * A problem is located at the rule whose constraints or consequence the class holds, else at the
     * first DRL file of the class's package.
     */
    private static void verifyClasses(InternalKieModule module, Map<String, RuleInfo> rules, Map<String, String[]> kfsPaths,
                                      List<Diagnostic> problems) {
        Map<String, byte[]> classes = new TreeMap<>();
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class")) {
                classes.put(file.substring(0, file.length() - ".class".length()), module.getBytes(file));
            }
        }
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
                    String dir = e.getKey().substring(RESOURCES.length(), e.getKey().lastIndexOf('/'));
                    return dir.equals(folder) || dir.equals(parent);
                })
                .map(e -> e.getValue()[0] + "/" + e.getValue()[1]).sorted().findFirst()
                .map(file -> SourceLocation.of(file, 1, 1)).orElse(SourceLocation.of(type));
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

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
