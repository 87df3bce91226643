package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.internal.sandbox.SourceCheck;
import dev.devolve.location.SourceLocation;
import dev.devolve.model.MissingFact;
import dev.devolve.pack.Citations;
import dev.devolve.pack.Parameter;
import dev.devolve.pack.RulePack;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.ParserError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of one DRL file before anything is compiled: it is parsed on its own with the DRL
 * parser, which gives exact lines and columns for syntax errors; its package must match its folder;
 * the sandbox's source grammar holds it (unless trusted); and each rule's metadata is read and
 * checked into a {@link RuleInfo}.
 */
final class DrlCheck {

    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final Pattern PARAM_NAME = Pattern.compile("name\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final List<String> REQUIRED_META = List.of("label_zh", "label_en", "cite", "explain_zh", "explain_en");

    private DrlCheck() {
    }

    /** Parses one DRL file, checks it and collects its rules' metadata. */
    static void checkFile(RulePack pack, String file, Map<String, Parameter> parameters, Citations citations, boolean sandbox,
                          Phases phases, Map<String, RuleInfo> rules, Map<String, SourceLocation> idLocations, List<Diagnostic> problems) {
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
            RuleInfo info = metadata(pack.id(), file, descr.getName(), rule, parameters, citations, problems);
            if (info == null) {
                continue;
            }
            AttributeDescr group = rule.getAttributes().get("ruleflow-group");
            phases.check(RuleCompiler.at(location, rule.getLine(), rule.getColumn()), pack.id(), info.id(),
                    group == null ? null : AnnotationDescr.unquote(group.getValue().trim()), pack, problems);
            SourceLocation previous = idLocations.putIfAbsent(info.id(), info.location());
            if (previous != null) {
                problems.add(Diagnostic.error("DUPLICATE_RULE_ID", RuleCompiler.at(location, rule.getLine(), rule.getColumn()),
                        "rule id '" + info.id() + "' is already used at " + previous));
            }
            rules.put(info.key(), info);
        }
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
            problems.add(Diagnostic.error("DRL_SYNTAX", RuleCompiler.at(location, e.getLineNumber(), e.getColumn()), e.getMessage()));
            return null;
        }
        if (parser.hasErrors()) {
            for (DroolsError error : parser.getErrors()) {
                SourceLocation where = SourceLocation.of(location);
                if (error instanceof ParserError pe) {
                    where = RuleCompiler.at(location, pe.getRow(), pe.getCol());
                } else if (error.getLines().length > 0 && error.getLines()[0] > 0) {
                    where = SourceLocation.of(location, error.getLines()[0]);
                }
                problems.add(Diagnostic.error("DRL_SYNTAX", where, RuleCompiler.oneLine(error.getMessage())));
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
                                     Citations citations, List<Diagnostic> problems) {
        SourceLocation at = RuleCompiler.at(packId + "/" + file, rule.getLine(), rule.getColumn());
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
        List<String> cited = split(meta.get("cite"), ",");
        for (String c : cited) {
            citations.problem(c).ifPresent(problem -> problems.add(Diagnostic.error("UNKNOWN_CITATION", at, "rule '" + id + "': " + problem)));
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
                meta.get("label_en"), cited, facts, meta.get("explain_zh"), meta.get("explain_en"), requires, types, params);
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
}
