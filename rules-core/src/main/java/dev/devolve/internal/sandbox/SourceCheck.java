package dev.devolve.internal.sandbox;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.devolve.error.Diagnostic;
import dev.devolve.location.SourceLocation;
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
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.drools.mvel.parser.printer.PrintUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Set<String> IMPORTS = Set.of("java.math.BigDecimal", "java.math.RoundingMode", "java.time.LocalDate",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection");
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "ruleflow-group");
    private static final Set<String> POINT_FREE = Set.of("contains", "memberOf");
    private static final Set<String> FORBIDDEN_PACKAGES = Set.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie",
            "org.mvel2", "dev.devolve.model", "dev.devolve.api", "dev.devolve.internal", "dev.devolve.pack", "dev.devolve.batch",
            "dev.devolve.scenario", "dev.devolve.diff", "dev.devolve.cli", "dev.devolve.location", "dev.devolve.error",
            "dev.devolve.result", "dev.devolve.input", "dev.devolve.explain", "dev.devolve.output");
    private static final Set<String> MEMBERS = Allowed.ruleMemberNames();
    private static final Pattern EQUI_JOIN = Pattern.compile("\\s*(?:(\\$\\w+)[\\w.]*\\s*==\\s*[\\w.]+|[\\w.]+\\s*==\\s*(\\$\\w+)[\\w.]*)\\s*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,18})?");
    private static final Pattern BINDS = Pattern.compile("^\\s*(\\$\\w+)\\s*:(?!:)");
    private static final Pattern PARAM_KEY = Pattern.compile("\\s*name\\s*==\\s*\"[^\"\\\\]*\"\\s*");
    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*|\"\"\"|[^\\s(]");

    private final String location;
    private final String text;
    private final int[] lineStarts;
    private final List<Diagnostic> out = new ArrayList<>();
    /** The rule's pattern bindings by name, with their types. */
    private final Map<String, String> bindings = new HashMap<>();
    /** Every name the rule has bound so far, patterns and fields. */
    private final Set<String> bound = new HashSet<>();
    private int extentEnd;

    private SourceCheck(String location, String text) {
        this.location = location;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /** Every problem in one DRL file; empty when it passes. */
    public static List<Diagnostic> check(String location, String text, PackageDescr descr) {
        SourceCheck c = new SourceCheck(location, text);
        c.file(descr);
        return c.out;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private void file(PackageDescr descr) {
        int escape = text.indexOf("\\u");
        while (escape >= 0) {
            report(escape, "SANDBOX_UNICODE_ESCAPE", "a unicode escape: the compiler reads it as the character it names, so it can hide code");
            escape = text.indexOf("\\u", escape + 2);
        }
        String pkg = descr.getName() == null ? "" : descr.getName();
        for (String forbidden : FORBIDDEN_PACKAGES) {
            if (pkg.equals(forbidden) || pkg.startsWith(forbidden + ".")) {
                report(descr, "SANDBOX_PACKAGE", "package " + pkg + ": a pack may not place rules in a package of the JVM, the engine or Devolve");
            }
        }
        for (ImportDescr i : descr.getImports()) {
            String target = i.getTarget();
            boolean model = target.startsWith(Allowed.MODEL_PACKAGE + ".") && (target.endsWith(".*")
                    ? target.equals(Allowed.MODEL_PACKAGE + ".*") : Allowed.isModelType(target.substring(Allowed.MODEL_PACKAGE.length() + 1)));
            if (!model && !IMPORTS.contains(target)) {
                report(i, "SANDBOX_IMPORT", "import " + target + ": a pack may import the fact model (" + Allowed.MODEL_PACKAGE
                        + ".*) and " + String.join(", ", IMPORTS.stream().sorted().toList()));
            }
        }
        descr.getFunctionImports().forEach(f -> report(f, "SANDBOX_DECLARATION", "import function " + f.getTarget() + ": a pack runs no code of its own"));
        descr.getAccumulateImports().forEach(a -> report(a, "SANDBOX_DECLARATION", "import accumulate " + a.getTarget()
                + ": a pack runs no code of its own"));
        if (descr.getUnit() != null) {
            report(descr.getUnit(), "SANDBOX_DECLARATION", "unit " + descr.getUnit().getTarget() + ": rules match the engine's facts only");
        }
        descr.getFunctions().forEach(f -> report(f, "SANDBOX_DECLARATION", "function " + f.getName() + ": a pack runs no code of its own"));
        descr.getTypeDeclarations().forEach(t -> report(t, "SANDBOX_DECLARATION", "declare " + t.getTypeName() + ": rules match the fact model only"));
        descr.getEnumDeclarations().forEach(e -> report(e, "SANDBOX_DECLARATION", "declare enum " + e.getTypeName() + ": rules match the fact model only"));
        descr.getWindowDeclarations().forEach(w -> report(w, "SANDBOX_DECLARATION", "declare window: rules match the fact model only"));
        descr.getEntryPointDeclarations().forEach(e -> report(e, "SANDBOX_DECLARATION", "declare entry point: rules match the fact model only"));
        descr.getGlobals().forEach(g -> report(g, "SANDBOX_DECLARATION", "global " + g.getIdentifier() + ": the engine provides no globals"));
        descr.getAttributes().forEach(this::attribute);
        for (RuleDescr rule : descr.getRules()) {
            if (rule instanceof QueryDescr q) {
                report(q, "SANDBOX_DECLARATION", "query " + q.getName() + ": rules do not call queries");
                continue;
            }
            rule(rule);
        }
    }

    private void attribute(AttributeDescr a) {
        boolean javaDialect = a.getName().equals("dialect") && a.getValue().replace("\"", "").trim().equals("java");
        if (!ATTRIBUTES.contains(a.getName()) && !javaDialect) {
            report(a, "SANDBOX_ATTRIBUTE", "attribute " + a.getName() + " " + a.getValue() + ": a rule may set salience, no-loop and ruleflow-group only, in the java dialect");
        }
    }

    private void rule(RuleDescr rule) {
        bindings.clear();
        bound.clear();
        rule.getAttributes().values().forEach(this::attribute);
        if (rule.getParentName() != null) {
            report(rule, "SANDBOX_CONSTRUCT", "rule '" + rule.getName() + "' extends '" + rule.getParentName()
                    + "': a rule's conditions are its own, so each binding has one type");
        }
        for (AnnotationDescr a : rule.getAnnotations()) {
            for (Object value : a.getValueMap().values()) {
                for (Object v : value instanceof Object[] array ? array : new Object[] {value}) {
                    if (!literal(String.valueOf(v).trim())) {
                        int at = text.indexOf("@" + a.getName(), Math.max(0, rule.getStartCharacter()));
                        report(at >= 0 ? at : Math.max(0, rule.getStartCharacter()), "SANDBOX_ANNOTATION", "@" + a.getName() + "(" + shorten(String.valueOf(v))
                                + "): an annotation's value is a string, number or boolean literal");
                    }
                }
            }
        }
        List<PatternDescr> patterns = new ArrayList<>();
        conditions(rule.getLhs(), patterns);
        joins(rule, patterns);
        consequence(rule);
        rule.getNamedConsequences().keySet().forEach(name -> report(rule, "SANDBOX_STATEMENT", "named consequence then[" + name
                + "] of rule '" + rule.getName() + "': a rule has one consequence"));
    }

    /** Whether {@code v} is one string literal, a number or a boolean. */
    private static boolean literal(String v) {
        if (v.equals("true") || v.equals("false") || NUMBER.matcher(v).matches()) {
            return true;
        }
        if (v.length() < 2 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
            return false;
        }
        return stringEnd(v, 0) == v.length();
    }

    /** The offset just past the string literal that opens at {@code start}, or the text's length when it is not closed. */
    private static int stringEnd(String s, int start) {
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != '"') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }

    /** {@code s} with every string literal emptied, so that its words are the expression's own. */
    private static String withoutStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '"') {
                i = stringEnd(s, i);
                out.append("\"\"");
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private void conditions(BaseDescr d, List<PatternDescr> patterns) {
        if (d instanceof PatternDescr p) {
            pattern(p, patterns);
        } else if (d instanceof EvalDescr e) {
            expression(e.getContent().toString(), offsetOf(e.getContent().toString(), e), false);
        } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) d).getDescrs()) {
                conditions(child, patterns);
            }
        } else {
            report(d, "SANDBOX_CONSTRUCT", construct(d) + ": conditions are patterns, not, exists, or, and eval");
        }
    }

    private void pattern(PatternDescr p, List<PatternDescr> patterns) {
        patterns.add(p);
        String type = p.getObjectType();
        if (type.contains(".") || !Allowed.isModelType(type)) {
            report(p, "SANDBOX_PATTERN", "pattern of type " + type + ": rules match imported types of the fact model");
        } else if (p.getIdentifier() != null) {
            String before = bindings.put(p.getIdentifier(), type);
            if (before != null && !before.equals(type)) {
                report(p, "SANDBOX_BINDING", p.getIdentifier() + " is bound to a " + before + " and to a " + type
                        + ": a binding has one type");
            }
        }
        if (p.getSource() instanceof FromDescr from) {
            String source = from.getDataSource().toString();
            Expression e = expression(source, offsetOf(source, p), false);
            if (e != null && e.findFirst(ObjectCreationExpr.class).isPresent()) {
                report(p, "SANDBOX_FROM", "from " + shorten(source) + ": a pattern is matched from facts, never from an object the rule creates");
            } else if (e != null && e.findAll(NameExpr.class).stream().noneMatch(n -> n.getNameAsString().startsWith("$"))) {
                report(p, "SANDBOX_FROM", "from " + shorten(source) + ": a source that names no bound variable is evaluated "
                        + "when the engine is built; match from a bound fact ($p.table, a finding's factory over bound facts)");
            }
        } else if (p.getSource() instanceof AccumulateDescr || p.getSource() instanceof CollectDescr) {
            report(p, "SANDBOX_CONSTRUCT", construct(p.getSource()) + ": a pack may not accumulate or collect");
        } else if (p.getSource() instanceof EntryPointDescr ep) {
            report(p, "SANDBOX_CONSTRUCT", "from entry-point " + ep.getEntryId() + ": rules match the engine's facts only");
        } else if (p.getSource() != null) {
            report(p, "SANDBOX_CONSTRUCT", construct(p.getSource()) + ": a pattern's source may be working memory or from an expression");
        }
        if (p.getIdentifier() != null) {
            bound.add(p.getIdentifier());
        }
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                expression(e.getExpression(), e.getStartCharacter() >= 0 && text.startsWith(e.getExpression(), e.getStartCharacter())
                        ? e.getStartCharacter() : offsetOf(e.getExpression(), p), true);
            } else {
                report(c, "SANDBOX_CONSTRUCT", construct(c) + " in a pattern");
            }
        }
    }

    /**
     * Join limits: a rule matches at most {@link #MAX_PATTERNS} patterns, and at most one pattern of
     * each type that is neither joined by an equality with a variable bound by an earlier pattern
     * ({@code matterCode == $m.code}, a whole constraint; {@code Matter($c : code, code == $c)}
     * compares a fact with itself and joins nothing) nor a parameter picked by its unique name
     * ({@code Param(name == "…")}): two such patterns of one type are a cross product of every
     * fact of that type.
     */
    private void joins(RuleDescr rule, List<PatternDescr> patterns) {
        if (patterns.size() > MAX_PATTERNS) {
            report(rule, "SANDBOX_JOIN", "rule '" + rule.getName() + "' has " + patterns.size() + " patterns; at most " + MAX_PATTERNS);
        }
        Map<String, Integer> unjoined = new HashMap<>();
        Set<String> earlier = new HashSet<>();
        for (PatternDescr p : patterns) {
            boolean joined = p.getSource() != null || p.getDescrs().stream().anyMatch(c -> c instanceof ExprConstraintDescr e
                    && (joinsTo(e.getExpression(), earlier)
                    || p.getObjectType().equals("Param") && PARAM_KEY.matcher(e.getExpression()).matches()));
            if (!joined && unjoined.merge(p.getObjectType(), 1, Integer::sum) == 2) {
                report(p, "SANDBOX_JOIN", "a second pattern of " + p.getObjectType() + " joined to nothing: every pair of "
                        + p.getObjectType() + " facts would be matched; join it to a variable bound by an earlier pattern");
            }
            if (p.getIdentifier() != null) {
                earlier.add(p.getIdentifier());
            }
            for (BaseDescr c : p.getDescrs()) {
                Matcher binds = c instanceof ExprConstraintDescr e ? BINDS.matcher(e.getExpression()) : null;
                if (binds != null && binds.find()) {
                    earlier.add(binds.group(1));
                }
            }
        }
    }

    /** Whether a whole constraint is an equality with a variable bound by an earlier pattern ({@code matterCode == $m.code}). */
    private static boolean joinsTo(String constraint, Set<String> earlier) {
        Matcher m = EQUI_JOIN.matcher(withoutStrings(constraint));
        return m.matches() && earlier.contains(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private void consequence(RuleDescr rule) {
        String body = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        int at = text.indexOf(body, Math.max(0, rule.getStartCharacter()));
        BlockStmt block;
        try {
            block = MvelParser.parseBlock("{" + body + "}");
        } catch (RuntimeException e) {
            report(Math.max(at, 0), "SANDBOX_PARSE", "the consequence does not parse: " + firstLine(e.getMessage()));
            return;
        }
        extentEnd = at < 0 ? text.length() : at + body.length();
        for (Statement s : block.getStatements()) {
            statement(s, Math.max(at, 0));
        }
    }

    private void statement(Statement s, int base) {
        if (s instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call && call.getScope().isEmpty()
                && call.getNameAsString().equals("insert") && call.getArguments().size() == 1) {
            inserted(call.getArgument(0), base);
        } else if (s instanceof IfStmt i) {
            walk(i.getCondition(), base, false);
            statement(i.getThenStmt(), base);
            i.getElseStmt().ifPresent(e -> statement(e, base));
        } else if (s instanceof BlockStmt b) {
            b.getStatements().forEach(x -> statement(x, base));
        } else {
            report(s, base, "SANDBOX_STATEMENT", describe(s) + ": a consequence inserts findings (insert(new Finding(…))), under if at most");
        }
    }

    private void inserted(Expression arg, int base) {
        String type = null;
        if (arg instanceof ObjectCreationExpr n) {
            type = n.getType().getNameWithScope();
        } else if (arg instanceof MethodCallExpr m && m.getScope().orElse(null) instanceof NameExpr scope
                && Allowed.isFinding(scope.getNameAsString())) {
            type = scope.getNameAsString();
        } else if (arg instanceof NameExpr n) {
            type = bindings.get(n.getNameAsString());
        }
        if (type == null || !Allowed.isFinding(type)) {
            report(arg, base, "SANDBOX_INSERT", "insert(" + shorten(PrintUtil.printNode(arg)) + "): rules insert findings only ("
                    + String.join(", ", Allowed.FINDINGS.stream().map(Class::getSimpleName).sorted().toList()) + "), never input facts");
        }
        walk(arg, base, false);
    }

    /** Parses and walks one expression; null when it does not parse (which is reported). */
    private Expression expression(String source, int offset, boolean constraint) {
        Expression e;
        try {
            if (constraint) {
                DrlxExpression drlx = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(List.of()), source);
                if (drlx.getBind() != null) {
                    bound.add(drlx.getBind().asString());
                }
                e = drlx.getExpr();
            } else {
                e = MvelParser.parseExpression(source);
            }
        } catch (RuntimeException ex) {
            report(offset, "SANDBOX_PARSE", "'" + shorten(source) + "' does not parse: " + firstLine(ex.getMessage()));
            return null;
        }
        extentEnd = offset + source.length();
        walk(e, offset, constraint);
        return e;
    }

    /** Walks one expression: every node must be of the grammar, every name and member allowed. */
    private void walk(Node n, int base, boolean constraint) {
        if (n instanceof BigDecimalLiteralExpr || n instanceof BigIntegerLiteralExpr) {
            if (PrintUtil.printNode(n).toLowerCase().contains("e")) {
                report(n, base, "SANDBOX_CONSTRUCT", "literal " + PrintUtil.printNode(n) + ": a decimal with an exponent can carry a scale of a billion digits");
            }
            return;
        }
        if (n instanceof StringLiteralExpr || n instanceof IntegerLiteralExpr || n instanceof LongLiteralExpr || n instanceof DoubleLiteralExpr
                || n instanceof BooleanLiteralExpr || n instanceof NullLiteralExpr || n instanceof CharLiteralExpr) {
            return;
        }
        if (n instanceof NameExpr || n instanceof DrlNameExpr) {
            String name = ((NodeWithSimpleName<?>) n).getNameAsString();
            if (name.equals("drools") || name.equals("kcontext") || name.equals("kieRuntime")) {
                report(n, base, "SANDBOX_NAME", "'" + name + "': rules do not reach into the engine");
            } else if (name.startsWith("$") && !bound.contains(name)) {
                report(n, base, "SANDBOX_NAME", "'" + name + "' is not bound by an earlier pattern or field of the rule");
            } else if (!name.startsWith("$") && !MEMBERS.contains(name) && !Allowed.isModelType(name) && !IMPORTS.stream().anyMatch(i -> i.endsWith("." + name))
                    && !property(name)) {
                report(n, base, "SANDBOX_NAME", "'" + name + "' is neither a bound variable, a field, nor an imported type");
            }
            return;
        }
        if (n instanceof ThisExpr) {
            if (!constraint) {
                report(n, base, "SANDBOX_NAME", "'this' in a consequence");
            }
            return;
        }
        if (n instanceof FieldAccessExpr f || n instanceof NullSafeFieldAccessExpr) {
            Expression scope = n instanceof FieldAccessExpr f2 ? f2.getScope() : ((NullSafeFieldAccessExpr) n).getScope();
            String name = n instanceof FieldAccessExpr f3 ? f3.getNameAsString() : ((NullSafeFieldAccessExpr) n).getNameAsString();
            if (qualified(n)) {
                report(n, base, "SANDBOX_NAME", "qualified name " + PrintUtil.printNode(n) + ": import the fact model instead");
                return;
            }
            if (!MEMBERS.contains(name) && !property(name)) {
                report(n, base, "SANDBOX_NAME", "field '" + name + "' is not a field or property of the fact model");
            }
            walk(scope, base, constraint);
            return;
        }
        if (n instanceof MethodCallExpr || n instanceof NullSafeMethodCallExpr) {
            String name = ((NodeWithSimpleName<?>) n).getNameAsString();
            if (!MEMBERS.contains(name)) {
                report(n, base, "SANDBOX_CALL", "call of " + name + "(…): a rule may call the fact model's methods and "
                        + "listed methods of String, BigDecimal, LocalDate and read-only collections");
            }
            n.getChildNodes().stream().filter(c -> !(c instanceof SimpleName)).forEach(c -> walk(c, base, constraint));
            return;
        }
        if (n instanceof ObjectCreationExpr o) {
            String type = o.getType().getNameWithScope();
            if (o.getAnonymousClassBody().isPresent() || !Allowed.isFinding(type)) {
                report(n, base, "SANDBOX_NEW", "new " + type + (o.getAnonymousClassBody().isPresent() ? " {…}" : "")
                        + ": a rule may create findings only");
            }
            o.getArguments().forEach(a -> walk(a, base, constraint));
            return;
        }
        if (n instanceof UnaryExpr u) {
            if (u.getOperator().isPrefix() && u.getOperator() != UnaryExpr.Operator.PREFIX_INCREMENT
                    && u.getOperator() != UnaryExpr.Operator.PREFIX_DECREMENT) {
                walk(u.getExpression(), base, constraint);
            } else {
                report(n, base, "SANDBOX_CONSTRUCT", "'" + u.getOperator().asString() + "': rules change nothing");
            }
            return;
        }
        if (n instanceof PointFreeExpr p) {
            if (!POINT_FREE.contains(p.getOperator().asString())) {
                report(n, base, "SANDBOX_CONSTRUCT", "operator " + p.getOperator().asString() + ": allowed are " + POINT_FREE);
            }
        }
        if (n instanceof HalfPointFreeExpr h && !POINT_FREE.contains(h.getOperator().asString())) {
            report(n, base, "SANDBOX_CONSTRUCT", "operator " + h.getOperator().asString() + ": allowed are " + POINT_FREE);
        }
        if (n instanceof DrlxExpression d && d.getBind() != null) {
            bound.add(d.getBind().asString());
        }
        if (n instanceof BinaryExpr || n instanceof HalfBinaryExpr || n instanceof EnclosedExpr || n instanceof ConditionalExpr
                || n instanceof DrlxExpression || n instanceof PointFreeExpr || n instanceof HalfPointFreeExpr || n instanceof SimpleName
                || n instanceof ClassOrInterfaceType) {
            n.getChildNodes().forEach(c -> walk(c, base, constraint));
            return;
        }
        report(n, base, "SANDBOX_CONSTRUCT", describe(n) + " is not part of the rule grammar");
    }

    private static boolean qualified(Node n) {
        Node leftmost = n;
        while (leftmost instanceof FieldAccessExpr f) {
            leftmost = f.getScope();
        }
        return leftmost instanceof NameExpr name && Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "dev")
                .contains(name.getNameAsString());
    }

    /** Whether {@code name} is a bean property of a fact-model type (read through its getter). */
    private static boolean property(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return MEMBERS.contains("get" + cap) || MEMBERS.contains("is" + cap);
    }

    private static String describe(Node n) {
        String kind = n.getClass().getSimpleName().replaceAll("(Expr|Stmt|Expression|Statement)$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase();
        return kind + " '" + shorten(PrintUtil.printNode(n)) + "'";
    }

    private static String construct(BaseDescr d) {
        return d.getClass().getSimpleName().replace("Descr", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").trim();
    }

    /** The offset of {@code source} in the file at or after the descr's start, else the descr's start. */
    private int offsetOf(String source, BaseDescr d) {
        int start = Math.max(0, d.getStartCharacter());
        int at = text.indexOf(source, start);
        return at >= 0 ? at : start;
    }

    /**
     * The DRLX parser keeps no positions, so a node is located by its first word (a name, a
     * keyword) searched for in the expression's own text, from where that text starts in the file.
     */
    private void report(Node n, int base, String code, String message) {
        Matcher word = FIRST_WORD.matcher(n instanceof NodeWithSimpleName<?> named && !(n instanceof ObjectCreationExpr)
                        ? named.getNameAsString() : PrintUtil.printNode(n));
        int at = word.find() ? text.indexOf(word.group(), base) : -1;
        report(at >= 0 && at < extentEnd ? at : base, code, message);
    }

    private void report(int offset, String code, String message) {
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
            line++;
        }
        out.add(Diagnostic.error(code, SourceLocation.of(location, line + 1, offset - lineStarts[line] + 1), message));
    }

    private void report(BaseDescr d, String code, String message) {
        if (d.getStartCharacter() >= 0) {
            report(d.getStartCharacter(), code, message);
        } else {
            out.add(Diagnostic.error(code, SourceLocation.of(location, d.getLine(), d.getColumn() + 1), message));
        }
    }
}
