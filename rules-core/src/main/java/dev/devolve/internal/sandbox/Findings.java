package dev.devolve.internal.sandbox;

import dev.devolve.location.SourceLocation;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.devolve.error.Diagnostic;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.mvel.parser.printer.PrintUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagnostics of one DRL file's source check, each located at a line and column of the file:
 * descriptors carry their offset, expression nodes are found by their first word from where their
 * text starts.
 */
final class Findings {

    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*|\"\"\"|[^\\s(]");

    private final String location;
    private final String text;
    private final int[] lineStarts;
    private final List<Diagnostic> out = new ArrayList<>();
    private int extentEnd;

    Findings(String location, String text) {
        this.location = location;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /** The file's text. */
    String text() {
        return text;
    }

    List<Diagnostic> diagnostics() {
        return out;
    }

    /** Where the expression or consequence being walked ends: a node is looked for before it. */
    void extentEnd(int end) {
        extentEnd = end;
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

    /** The offset of {@code source} in the file at or after the descr's start, else the descr's start. */
    int offsetOf(String source, BaseDescr d) {
        int start = Math.max(0, d.getStartCharacter());
        int at = text.indexOf(source, start);
        return at >= 0 ? at : start;
    }

    /**
     * The DRLX parser keeps no positions, so a node is located by its first word (a name, a
     * keyword) searched for in the expression's own text, from where that text starts in the file.
     */
    void report(Node n, int base, String code, String message) {
        Matcher word = FIRST_WORD.matcher(n instanceof NodeWithSimpleName<?> named && !(n instanceof ObjectCreationExpr)
                        ? named.getNameAsString() : PrintUtil.printNode(n));
        int at = word.find() ? text.indexOf(word.group(), base) : -1;
        report(at >= 0 && at < extentEnd ? at : base, code, message);
    }

    void report(int offset, String code, String message) {
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
            line++;
        }
        out.add(Diagnostic.error(code, SourceLocation.of(location, line + 1, offset - lineStarts[line] + 1), message));
    }

    void report(BaseDescr d, String code, String message) {
        if (d.getStartCharacter() >= 0) {
            report(d.getStartCharacter(), code, message);
        } else {
            out.add(Diagnostic.error(code, SourceLocation.of(location, d.getLine(), d.getColumn() + 1), message));
        }
    }
    static String describe(Node n) {
        String kind = n.getClass().getSimpleName().replaceAll("(Expr|Stmt|Expression|Statement)$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase();
        return kind + " '" + shorten(PrintUtil.printNode(n)) + "'";
    }

    static String construct(BaseDescr d) {
        return d.getClass().getSimpleName().replace("Descr", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").trim();
    }
}
