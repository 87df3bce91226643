package dev.devolve.internal.sandbox;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.printer.PrintUtil;

import java.util.Map;

/**
 * The check of a rule's consequence: it inserts findings — a new finding, a finding's factory or a
 * variable bound to a finding — under {@code if} at most, and its expressions are of the grammar.
 */
final class ConsequenceCheck {

    private final Findings findings;
    private final ExpressionGrammar grammar;
    /** The rule's pattern bindings by name, with their types. */
    private final Map<String, String> bindings;

    ConsequenceCheck(Findings findings, ExpressionGrammar grammar, Map<String, String> bindings) {
        this.findings = findings;
        this.grammar = grammar;
        this.bindings = bindings;
    }

    void check(RuleDescr rule) {
        String body = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        int at = findings.text().indexOf(body, Math.max(0, rule.getStartCharacter()));
        BlockStmt block;
        try {
            block = MvelParser.parseBlock("{" + body + "}");
        } catch (RuntimeException e) {
            findings.report(Math.max(at, 0), "SANDBOX_PARSE", "the consequence does not parse: " + Findings.firstLine(e.getMessage()));
            return;
        }
        findings.extentEnd(at < 0 ? findings.text().length() : at + body.length());
        for (Statement s : block.getStatements()) {
            statement(s, Math.max(at, 0));
        }
    }

    private void statement(Statement s, int base) {
        if (s instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call && call.getScope().isEmpty()
                && call.getNameAsString().equals("insert") && call.getArguments().size() == 1) {
            inserted(call.getArgument(0), base);
        } else if (s instanceof IfStmt i) {
            grammar.walk(i.getCondition(), base, false);
            statement(i.getThenStmt(), base);
            i.getElseStmt().ifPresent(e -> statement(e, base));
        } else if (s instanceof BlockStmt b) {
            b.getStatements().forEach(x -> statement(x, base));
        } else {
            findings.report(s, base, "SANDBOX_STATEMENT", Findings.describe(s) + ": a consequence inserts findings (insert(new Finding(…))), under if at most");
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
            findings.report(arg, base, "SANDBOX_INSERT", "insert(" + Findings.shorten(PrintUtil.printNode(arg)) + "): rules insert findings only ("
                    + String.join(", ", Allowed.FINDINGS.stream().map(Class::getSimpleName).sorted().toList()) + "), never input facts");
        }
        grammar.walk(arg, base, false);
    }
}
