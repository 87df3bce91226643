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
import com.github.javaparser.ast.type.ClassOrInterfaceType;
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

import java.util.List;
import java.util.Set;

/**
 * The expression grammar of the sandbox: an expression is parsed with the DRLX parser the
 * executable-model generator uses and walked, and only literals, bound names, fields and listed
 * members of the fact model, operators, the ternary, {@code contains}, {@code memberOf} and
 * {@code new} of a finding pass.
 */
final class ExpressionGrammar {

    private static final Set<String> POINT_FREE = Set.of("contains", "memberOf");
    private static final Set<String> MEMBERS = Allowed.ruleMemberNames();

    private final Findings findings;
    /** Every name the rule has bound so far, patterns and fields: the rule's check clears it. */
    private final Set<String> bound;

    ExpressionGrammar(Findings findings, Set<String> bound) {
        this.findings = findings;
        this.bound = bound;
    }

    /** Parses and walks one expression; null when it does not parse (which is reported). */
    Expression expression(String source, int offset, boolean constraint) {
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
            findings.report(offset, "SANDBOX_PARSE", "'" + Findings.shorten(source) + "' does not parse: " + Findings.firstLine(ex.getMessage()));
            return null;
        }
        findings.extentEnd(offset + source.length());
        walk(e, offset, constraint);
        return e;
    }

    /** Walks one expression: every node must be of the grammar, every name and member allowed. */
    void walk(Node n, int base, boolean constraint) {
        if (n instanceof BigDecimalLiteralExpr || n instanceof BigIntegerLiteralExpr) {
            if (PrintUtil.printNode(n).toLowerCase().contains("e")) {
                findings.report(n, base, "SANDBOX_CONSTRUCT", "literal " + PrintUtil.printNode(n) + ": a decimal with an exponent can carry a scale of a billion digits");
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
                findings.report(n, base, "SANDBOX_NAME", "'" + name + "': rules do not reach into the engine");
            } else if (name.startsWith("$") && !bound.contains(name)) {
                findings.report(n, base, "SANDBOX_NAME", "'" + name + "' is not bound by an earlier pattern or field of the rule");
            } else if (!name.startsWith("$") && !MEMBERS.contains(name) && !Allowed.isModelType(name) && !SourceCheck.IMPORTS.stream().anyMatch(i -> i.endsWith("." + name))
                    && !property(name)) {
                findings.report(n, base, "SANDBOX_NAME", "'" + name + "' is neither a bound variable, a field, nor an imported type");
            }
            return;
        }
        if (n instanceof ThisExpr) {
            if (!constraint) {
                findings.report(n, base, "SANDBOX_NAME", "'this' in a consequence");
            }
            return;
        }
        if (n instanceof FieldAccessExpr f || n instanceof NullSafeFieldAccessExpr) {
            Expression scope = n instanceof FieldAccessExpr f2 ? f2.getScope() : ((NullSafeFieldAccessExpr) n).getScope();
            String name = n instanceof FieldAccessExpr f3 ? f3.getNameAsString() : ((NullSafeFieldAccessExpr) n).getNameAsString();
            if (qualified(n)) {
                findings.report(n, base, "SANDBOX_NAME", "qualified name " + PrintUtil.printNode(n) + ": import the fact model instead");
                return;
            }
            if (!MEMBERS.contains(name) && !property(name)) {
                findings.report(n, base, "SANDBOX_NAME", "field '" + name + "' is not a field or property of the fact model");
            }
            walk(scope, base, constraint);
            return;
        }
        if (n instanceof MethodCallExpr || n instanceof NullSafeMethodCallExpr) {
            String name = ((NodeWithSimpleName<?>) n).getNameAsString();
            if (!MEMBERS.contains(name)) {
                findings.report(n, base, "SANDBOX_CALL", "call of " + name + "(…): a rule may call the fact model's methods and "
                        + "listed methods of String, BigDecimal, LocalDate and read-only collections");
            }
            n.getChildNodes().stream().filter(c -> !(c instanceof SimpleName)).forEach(c -> walk(c, base, constraint));
            return;
        }
        if (n instanceof ObjectCreationExpr o) {
            String type = o.getType().getNameWithScope();
            if (o.getAnonymousClassBody().isPresent() || !Allowed.isFinding(type)) {
                findings.report(n, base, "SANDBOX_NEW", "new " + type + (o.getAnonymousClassBody().isPresent() ? " {…}" : "")
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
                findings.report(n, base, "SANDBOX_CONSTRUCT", "'" + u.getOperator().asString() + "': rules change nothing");
            }
            return;
        }
        if (n instanceof PointFreeExpr p) {
            if (!POINT_FREE.contains(p.getOperator().asString())) {
                findings.report(n, base, "SANDBOX_CONSTRUCT", "operator " + p.getOperator().asString() + ": allowed are " + POINT_FREE);
            }
        }
        if (n instanceof HalfPointFreeExpr h && !POINT_FREE.contains(h.getOperator().asString())) {
            findings.report(n, base, "SANDBOX_CONSTRUCT", "operator " + h.getOperator().asString() + ": allowed are " + POINT_FREE);
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
        findings.report(n, base, "SANDBOX_CONSTRUCT", Findings.describe(n) + " is not part of the rule grammar");
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
}
