package dev.devolve.internal.lint;

import dev.devolve.api.Diagnostic;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deny-by-default checks of a DRL file from a pack that is not trusted. The structure comes from the
 * DRL parser (imports, functions, declared types, globals, dialects, rule attributes, accumulate
 * code); the code inside conditions and consequences is checked token by token, with comments and
 * string literals set aside. What a pack may do: match the fact model, compute with
 * {@code java.math}, {@code java.time} and {@code java.util} collections, and insert findings. What
 * it may not: reach the JVM, the file system, the network, reflection or the engine itself; loop;
 * declare code or state of its own; change facts.
 */
public final class PackLinter {

    private static final String MODEL = "dev.devolve.model.";
    private static final Set<String> JDK_IMPORTS = Set.of("java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection", "java.util.ArrayList", "java.util.HashMap",
            "java.util.HashSet", "java.util.LinkedHashMap", "java.util.LinkedHashSet", "java.util.EnumSet", "java.util.EnumMap",
            "java.util.TreeMap", "java.util.TreeSet", "java.util.Optional", "java.time.*", "java.math.*");
    private static final Set<String> CONSTRUCTIBLE = Set.of("BigDecimal", "BigInteger", "ArrayList", "HashMap", "HashSet",
            "LinkedHashMap", "LinkedHashSet", "TreeMap", "TreeSet", "EnumMap");
    private static final Map<String, String> FORBIDDEN = forbidden();
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "sun", "jdk", "com", "org", "net", "io");
    private static final Set<String> LOOPS = Set.of("while", "for", "do");
    private static final Set<String> CHANGES = Set.of("modify", "update", "retract", "delete");
    private static final Set<String> TIMED_ATTRIBUTES = Set.of("timer", "calendars", "duration");

    private PackLinter() {
    }

    private static Map<String, String> forbidden() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of("System", "Runtime", "Shutdown", "SecurityManager", "Compiler", "ModuleLayer", "StackWalker")) {
            m.put(s, "reaches the JVM itself");
        }
        for (String s : List.of("Thread", "ThreadGroup", "ThreadLocal", "Executors", "ExecutorService", "CompletableFuture",
                "ForkJoinPool", "Timer", "TimerTask")) {
            m.put(s, "starts or controls threads");
        }
        for (String s : List.of("Process", "ProcessBuilder", "ProcessHandle", "exec")) {
            m.put(s, "runs other programs");
        }
        for (String s : List.of("Class", "ClassLoader", "getClass", "forName", "reflect", "Method", "Field", "Constructor",
                "invoke", "newInstance", "setAccessible", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField",
                "getDeclaredFields", "getMethod", "getField", "MethodHandles", "MethodHandle", "VarHandle", "Unsafe", "Proxy",
                "LambdaMetafactory", "loadLibrary", "ScriptEngine", "ScriptEngineManager")) {
            m.put(s, "uses reflection or loads code");
        }
        for (String s : List.of("File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream", "FileOutputStream",
                "FileReader", "FileWriter", "RandomAccessFile", "PrintStream", "ObjectInputStream", "ObjectOutputStream")) {
            m.put(s, "reads or writes files");
        }
        for (String s : List.of("Socket", "ServerSocket", "DatagramSocket", "URL", "URI", "URLConnection", "HttpURLConnection",
                "HttpClient", "InetAddress", "InitialContext", "Naming")) {
            m.put(s, "opens the network");
        }
        for (String s : List.of("kcontext", "drools", "getKieRuntime", "getWorkingMemory", "getKieBase", "getEntryPoint",
                "getChannels", "halt", "kieRuntime")) {
            m.put(s, "reaches into the engine");
        }
        return Map.copyOf(m);
    }

    /** Every problem in one DRL file; empty when the file passes. */
    public static List<Diagnostic> lint(String location, String text, PackageDescr descr) {
        List<Diagnostic> out = new ArrayList<>();
        checkUnicodeEscapes(location, text, out);
        for (ImportDescr i : descr.getImports()) {
            String target = i.getTarget();
            boolean model = target.startsWith(MODEL) && target.indexOf('.', MODEL.length()) < 0;
            if (!model && !JDK_IMPORTS.contains(target)) {
                out.add(at(location, i, "LINT_IMPORT", "import " + target + " is not allowed; a pack may import the fact model ("
                        + MODEL + "*), java.time, java.math and java.util collections"));
            }
        }
        for (FunctionImportDescr f : descr.getFunctionImports()) {
            out.add(at(location, f, "LINT_FUNCTION", "import function " + f.getTarget() + " is not allowed: a pack runs no code of its own"));
        }
        for (FunctionDescr f : descr.getFunctions()) {
            out.add(at(location, f, "LINT_FUNCTION", "function " + f.getName() + " is not allowed: a pack runs no code of its own"));
        }
        for (TypeDeclarationDescr t : descr.getTypeDeclarations()) {
            out.add(at(location, t, "LINT_DECLARE", "declare " + t.getTypeName() + " is not allowed: rules match the fact model only"));
        }
        descr.getEnumDeclarations().forEach(e -> out.add(at(location, e, "LINT_DECLARE",
                "declare enum " + e.getTypeName() + " is not allowed: rules match the fact model only")));
        descr.getWindowDeclarations().forEach(w -> out.add(at(location, w, "LINT_DECLARE", "declare window is not allowed")));
        descr.getEntryPointDeclarations().forEach(e -> out.add(at(location, e, "LINT_DECLARE", "declare entry point is not allowed")));
        for (GlobalDescr g : descr.getGlobals()) {
            out.add(at(location, g, "LINT_GLOBAL", "global " + g.getIdentifier() + " is not allowed: the engine provides no globals"));
        }
        for (AttributeDescr a : descr.getAttributes()) {
            checkAttribute(location, a, out);
        }
        for (RuleDescr r : descr.getRules()) {
            r.getAttributes().values().forEach(a -> checkAttribute(location, a, out));
            checkAccumulates(location, r.getLhs(), out);
        }
        checkCode(location, text, out);
        return out;
    }

    private static void checkAttribute(String location, AttributeDescr a, List<Diagnostic> out) {
        if (a.getName().equals("dialect") && a.getValue().replace("\"", "").trim().equals("mvel")) {
            out.add(at(location, a, "LINT_DIALECT", "dialect \"mvel\" is not allowed: its consequences cannot be checked; use the default java dialect"));
        }
        if (TIMED_ATTRIBUTES.contains(a.getName())) {
            out.add(at(location, a, "LINT_ATTRIBUTE", a.getName() + " is not allowed: rules are decided at once, not on a clock"));
        }
    }

    private static void checkAccumulates(String location, BaseDescr d, List<Diagnostic> out) {
        if (d instanceof AccumulateDescr acc && (acc.getInitCode() != null || acc.getActionCode() != null)) {
            out.add(at(location, acc, "LINT_ACCUMULATE", "accumulate with init/action code is not allowed; use count, sum, min, max, average or collectList"));
        }
        if (d instanceof PatternDescr p && p.getSource() != null) {
            checkAccumulates(location, p.getSource(), out);
        }
        if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                checkAccumulates(location, child, out);
            }
        }
    }

    private static void checkUnicodeEscapes(String location, String text, List<Diagnostic> out) {
        int line = 1;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\\' && text.charAt(i + 1) == 'u') {
                out.add(Diagnostic.error("LINT_UNICODE_ESCAPE", location + ":" + line,
                        "unicode escapes are not allowed: they can hide code from a reader"));
            }
        }
    }

    /** Scans code tokens outside comments, string literals, and package and import lines. */
    private static void checkCode(String location, String text, List<Diagnostic> out) {
        List<Token> tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
            String where = location + ":" + t.line() + ":" + t.column();
            String reason = FORBIDDEN.get(t.text());
            if (reason != null) {
                out.add(Diagnostic.error("LINT_CODE", where, "'" + t.text() + "' is not allowed: it " + reason));
            } else if (PACKAGE_ROOTS.contains(t.text()) && next.equals(".")) {
                out.add(Diagnostic.error("LINT_CODE", where, "qualified name '" + t.text() + ".…' is not allowed: import the fact model instead"));
            } else if (LOOPS.contains(t.text())) {
                out.add(Diagnostic.error("LINT_LOOP", where, "'" + t.text() + "' loops are not allowed: every rule must end"));
            } else if (CHANGES.contains(t.text()) && next.equals("(")) {
                out.add(Diagnostic.error("LINT_CHANGE", where, "'" + t.text() + "' is not allowed: rules report by inserting findings, not by changing facts"));
            } else if (t.text().equals("new") && !CONSTRUCTIBLE.contains(next) && !Tokens.isModelType(text, next)) {
                out.add(Diagnostic.error("LINT_NEW", where, "'new " + next + "' is not allowed: a rule may create findings of the fact model and "
                        + String.join(", ", CONSTRUCTIBLE.stream().sorted().toList())));
            }
        }
    }

    private static Diagnostic at(String location, BaseDescr d, String code, String message) {
        return Diagnostic.error(code, location + ":" + d.getLine() + (d.getColumn() > 0 ? ":" + (d.getColumn() + 1) : ""), message);
    }

    /** One identifier or punctuation mark, with where it starts. */
    record Token(String text, int line, int column) {
    }
}
