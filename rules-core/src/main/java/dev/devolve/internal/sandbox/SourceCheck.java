package dev.devolve.internal.sandbox;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.devolve.error.Diagnostic;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's check of a DRL file's source, deny by default. The Drools parser gives the
 * structure; every constraint, {@code eval}, {@code from} source and consequence is then parsed
 * with the DRLX expression parser the executable-model generator itself uses, and walked: only
 * the grammar below passes, anything else is reported with its file, line and column and the
 * construct named.
 *
 * <ul>
 *   <li>imports of the fact model and of {@code BigDecimal}, {@code RoundingMode}, {@code LocalDate}
 *       and the read-only collection interfaces; no functions, declarations, globals, queries,
 *       entry points, windows or rule attributes but {@code salience}, {@code no-loop}, {@code ruleflow-group} (a phase the pack
 *       declares) and the java
 *       dialect;</li>
 *   <li>patterns of fact-model types, sourced from working memory or {@code from} an allowed
 *       expression that names a variable bound earlier and creates nothing (a source naming no
 *       bound variable is evaluated while the engine is built); no accumulate or collect, no
 *       {@code extends}; each {@code $} name bound before it is used, a pattern binding to one
 *       type; joins within {@link #MAX_PATTERNS} patterns a rule and at most one pattern of a
 *       type not joined to a variable of an earlier pattern;</li>
 *   <li>rule annotations whose values are string, number or boolean literals;</li>
 *   <li>expressions: literals (no text blocks), names, fields and listed methods ({@link Allowed}),
 *       comparisons, arithmetic, boolean operators, the ternary, {@code contains} and
 *       {@code memberOf}, and {@code new} of a finding;</li>
 *   <li>consequences: {@code insert} of a new finding, a finding's factory or a variable bound to a
 *       finding, and {@code if} over those.</li>
 * </ul>
 */
public final class SourceCheck {

    /** Patterns in one rule, at any depth. */
    public static final int MAX_PATTERNS = 8;

    static final Set<String> IMPORTS = Set.of("java.math.BigDecimal", "java.math.RoundingMode", "java.time.LocalDate",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection");
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "ruleflow-group");
    private static final Set<String> FORBIDDEN_PACKAGES = Set.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie",
            "org.mvel2", "dev.devolve.model", "dev.devolve.api", "dev.devolve.internal", "dev.devolve.pack", "dev.devolve.batch",
            "dev.devolve.scenario", "dev.devolve.diff", "dev.devolve.cli", "dev.devolve.location", "dev.devolve.error",
            "dev.devolve.result", "dev.devolve.input", "dev.devolve.explain", "dev.devolve.output");

    private final Findings findings;
    private final String text;
    /** The rule's pattern bindings by name, with their types. */
    private final Map<String, String> bindings = new HashMap<>();
    /** Every name the rule has bound so far, patterns and fields. */
    private final Set<String> bound = new HashSet<>();
    private final ExpressionGrammar grammar;

    private SourceCheck(String location, String text) {
        this.findings = new Findings(location, text);
        this.text = text;
        this.grammar = new ExpressionGrammar(findings, bound);
    }

    /** Every problem in one DRL file; empty when it passes. */
    public static List<Diagnostic> check(String location, String text, PackageDescr descr) {
        SourceCheck c = new SourceCheck(location, text);
        c.file(descr);
        return c.findings.diagnostics();
    }

    private void file(PackageDescr descr) {
        int escape = text.indexOf("\\u");
        while (escape >= 0) {
            findings.report(escape, "SANDBOX_UNICODE_ESCAPE", "a unicode escape: the compiler reads it as the character it names, so it can hide code");
            escape = text.indexOf("\\u", escape + 2);
        }
        String pkg = descr.getName() == null ? "" : descr.getName();
        for (String forbidden : FORBIDDEN_PACKAGES) {
            if (pkg.equals(forbidden) || pkg.startsWith(forbidden + ".")) {
                findings.report(descr, "SANDBOX_PACKAGE", "package " + pkg + ": a pack may not place rules in a package of the JVM, the engine or Devolve");
            }
        }
        for (ImportDescr i : descr.getImports()) {
            String target = i.getTarget();
            boolean model = target.startsWith(Allowed.MODEL_PACKAGE + ".") && (target.endsWith(".*")
                    ? target.equals(Allowed.MODEL_PACKAGE + ".*") : Allowed.isModelType(target.substring(Allowed.MODEL_PACKAGE.length() + 1)));
            if (!model && !IMPORTS.contains(target)) {
                findings.report(i, "SANDBOX_IMPORT", "import " + target + ": a pack may import the fact model (" + Allowed.MODEL_PACKAGE
                        + ".*) and " + String.join(", ", IMPORTS.stream().sorted().toList()));
            }
        }
        descr.getFunctionImports().forEach(f -> findings.report(f, "SANDBOX_DECLARATION", "import function " + f.getTarget() + ": a pack runs no code of its own"));
        descr.getAccumulateImports().forEach(a -> findings.report(a, "SANDBOX_DECLARATION", "import accumulate " + a.getTarget()
                + ": a pack runs no code of its own"));
        if (descr.getUnit() != null) {
            findings.report(descr.getUnit(), "SANDBOX_DECLARATION", "unit " + descr.getUnit().getTarget() + ": rules match the engine's facts only");
        }
        descr.getFunctions().forEach(f -> findings.report(f, "SANDBOX_DECLARATION", "function " + f.getName() + ": a pack runs no code of its own"));
        descr.getTypeDeclarations().forEach(t -> findings.report(t, "SANDBOX_DECLARATION", "declare " + t.getTypeName() + ": rules match the fact model only"));
        descr.getEnumDeclarations().forEach(e -> findings.report(e, "SANDBOX_DECLARATION", "declare enum " + e.getTypeName() + ": rules match the fact model only"));
        descr.getWindowDeclarations().forEach(w -> findings.report(w, "SANDBOX_DECLARATION", "declare window: rules match the fact model only"));
        descr.getEntryPointDeclarations().forEach(e -> findings.report(e, "SANDBOX_DECLARATION", "declare entry point: rules match the fact model only"));
        descr.getGlobals().forEach(g -> findings.report(g, "SANDBOX_DECLARATION", "global " + g.getIdentifier() + ": the engine provides no globals"));
        descr.getAttributes().forEach(this::attribute);
        for (RuleDescr rule : descr.getRules()) {
            if (rule instanceof QueryDescr q) {
                findings.report(q, "SANDBOX_DECLARATION", "query " + q.getName() + ": rules do not call queries");
                continue;
            }
            rule(rule);
        }
    }

    private void attribute(AttributeDescr a) {
        boolean javaDialect = a.getName().equals("dialect") && a.getValue().replace("\"", "").trim().equals("java");
        if (!ATTRIBUTES.contains(a.getName()) && !javaDialect) {
            findings.report(a, "SANDBOX_ATTRIBUTE", "attribute " + a.getName() + " " + a.getValue() + ": a rule may set salience, no-loop and ruleflow-group only, in the java dialect");
        }
    }

    private void rule(RuleDescr rule) {
        bindings.clear();
        bound.clear();
        rule.getAttributes().values().forEach(this::attribute);
        if (rule.getParentName() != null) {
            findings.report(rule, "SANDBOX_CONSTRUCT", "rule '" + rule.getName() + "' extends '" + rule.getParentName()
                    + "': a rule's conditions are its own, so each binding has one type");
        }
        for (AnnotationDescr a : rule.getAnnotations()) {
            for (Object value : a.getValueMap().values()) {
                for (Object v : value instanceof Object[] array ? array : new Object[] {value}) {
                    if (!Literals.literal(String.valueOf(v).trim())) {
                        int at = text.indexOf("@" + a.getName(), Math.max(0, rule.getStartCharacter()));
                        findings.report(at >= 0 ? at : Math.max(0, rule.getStartCharacter()), "SANDBOX_ANNOTATION", "@" + a.getName() + "(" + Findings.shorten(String.valueOf(v))
                                + "): an annotation's value is a string, number or boolean literal");
                    }
                }
            }
        }
        List<PatternDescr> patterns = new ArrayList<>();
        conditions(rule.getLhs(), patterns);
        JoinLimits.check(rule, patterns, findings);
        new ConsequenceCheck(findings, grammar, bindings).check(rule);
        rule.getNamedConsequences().keySet().forEach(name -> findings.report(rule, "SANDBOX_STATEMENT", "named consequence then[" + name
                + "] of rule '" + rule.getName() + "': a rule has one consequence"));
    }

    private void conditions(BaseDescr d, List<PatternDescr> patterns) {
        if (d instanceof PatternDescr p) {
            pattern(p, patterns);
        } else if (d instanceof EvalDescr e) {
            grammar.expression(e.getContent().toString(), findings.offsetOf(e.getContent().toString(), e), false);
        } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) d).getDescrs()) {
                conditions(child, patterns);
            }
        } else {
            findings.report(d, "SANDBOX_CONSTRUCT", Findings.construct(d) + ": conditions are patterns, not, exists, or, and eval");
        }
    }

    private void pattern(PatternDescr p, List<PatternDescr> patterns) {
        patterns.add(p);
        String type = p.getObjectType();
        if (type.contains(".") || !Allowed.isModelType(type)) {
            findings.report(p, "SANDBOX_PATTERN", "pattern of type " + type + ": rules match imported types of the fact model");
        } else if (p.getIdentifier() != null) {
            String before = bindings.put(p.getIdentifier(), type);
            if (before != null && !before.equals(type)) {
                findings.report(p, "SANDBOX_BINDING", p.getIdentifier() + " is bound to a " + before + " and to a " + type
                        + ": a binding has one type");
            }
        }
        if (p.getSource() instanceof FromDescr from) {
            String source = from.getDataSource().toString();
            Expression e = grammar.expression(source, findings.offsetOf(source, p), false);
            if (e != null && e.findFirst(ObjectCreationExpr.class).isPresent()) {
                findings.report(p, "SANDBOX_FROM", "from " + Findings.shorten(source) + ": a pattern is matched from facts, never from an object the rule creates");
            } else if (e != null && e.findAll(NameExpr.class).stream().noneMatch(n -> n.getNameAsString().startsWith("$"))) {
                findings.report(p, "SANDBOX_FROM", "from " + Findings.shorten(source) + ": a source that names no bound variable is evaluated "
                        + "when the engine is built; match from a bound fact ($p.table, a finding's factory over bound facts)");
            }
        } else if (p.getSource() instanceof AccumulateDescr || p.getSource() instanceof CollectDescr) {
            findings.report(p, "SANDBOX_CONSTRUCT", Findings.construct(p.getSource()) + ": a pack may not accumulate or collect");
        } else if (p.getSource() instanceof EntryPointDescr ep) {
            findings.report(p, "SANDBOX_CONSTRUCT", "from entry-point " + ep.getEntryId() + ": rules match the engine's facts only");
        } else if (p.getSource() != null) {
            findings.report(p, "SANDBOX_CONSTRUCT", Findings.construct(p.getSource()) + ": a pattern's source may be working memory or from an expression");
        }
        if (p.getIdentifier() != null) {
            bound.add(p.getIdentifier());
        }
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                grammar.expression(e.getExpression(), e.getStartCharacter() >= 0 && text.startsWith(e.getExpression(), e.getStartCharacter())
                        ? e.getStartCharacter() : findings.offsetOf(e.getExpression(), p), true);
            } else {
                findings.report(c, "SANDBOX_CONSTRUCT", Findings.construct(c) + " in a pattern");
            }
        }
    }

}
