package dev.devolve.internal.lint;

import dev.devolve.TestPacks;
import dev.devolve.api.Diagnostic;
import dev.devolve.api.PackBuildException;
import dev.devolve.api.PolicyEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile snippets a pack author might write. Each is rejected by the linter with the right reason,
 * and none of them runs: every snippet that could run sets a system property, which must stay unset.
 */
class HostilePackTest {

    private static final String MARK = "devolve.hostile.ran";
    private static final String HEADER = "package dev.devolve.test;\n\nimport dev.devolve.model.Matter;\nimport dev.devolve.model.MissingFact;\n";
    private static final String META = "    @id(\"tiny.hostile\") @label_zh(\"敌意\") @label_en(\"hostile\") @cite(\"OPINIONS2017 §5\")\n"
            + "    @explain_zh(\"敌意\") @explain_en(\"hostile\")\n";

    @TempDir
    Path tmp;

    @AfterEach
    void nothingRan() {
        assertThat(System.getProperty(MARK)).as("a hostile snippet ran").isNull();
    }

    private static String rule(String when, String then) {
        return "\nrule \"tiny.hostile\"\n" + META + "when\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private static String consequence(String then) {
        return HEADER + rule("$m : Matter()", then);
    }

    static Stream<Arguments> snippets() {
        return Stream.of(
                arguments("imports a file class", "LINT_IMPORT", HEADER + "import java.io.File;\n" + rule("$m : Matter()", "System.setProperty(\"" + MARK + "\", \"x\");")),
                arguments("imports reflection", "LINT_IMPORT", HEADER + "import java.lang.reflect.Method;\n" + rule("$m : Matter()", "")),
                arguments("declares a function", "LINT_FUNCTION", HEADER + "function void run() { System.setProperty(\"" + MARK + "\", \"x\"); }\n" + rule("$m : Matter()", "run();")),
                arguments("imports a function", "LINT_FUNCTION", HEADER + "import function java.lang.System.exit;\n" + rule("$m : Matter()", "")),
                arguments("declares a type", "LINT_DECLARE", HEADER + "declare Evil\n    name : String\nend\n" + rule("$m : Matter()", "")),
                arguments("declares a global", "LINT_GLOBAL", HEADER + "global java.util.List sink;\n" + rule("$m : Matter()", "")),
                arguments("exits the JVM", "LINT_CODE", consequence("System.exit(1);")),
                arguments("sets a system property", "LINT_CODE", consequence("System.setProperty(\"" + MARK + "\", \"x\");")),
                arguments("runs a program", "LINT_CODE", consequence("Runtime.getRuntime().exec(\"touch /tmp/owned\");")),
                arguments("builds a process", "LINT_CODE", consequence("ProcessBuilder b = null;")),
                arguments("starts a thread", "LINT_CODE", consequence("Thread t = null;")),
                arguments("loads a class by name", "LINT_CODE", consequence("Class c = Class.forName(\"java.lang.Runtime\");")),
                arguments("climbs to a class loader", "LINT_CODE", consequence("Object l = $m.getClass().getClassLoader();")),
                arguments("writes a file by qualified name", "LINT_CODE", consequence("java.nio.file.Files.writeString(null, \"x\");")),
                arguments("reads the network", "LINT_CODE", consequence("Object u = new java.net.URL(\"http://127.0.0.1/\");")),
                arguments("reaches the session through kcontext", "LINT_CODE", consequence("kcontext.getKieRuntime().halt();")),
                arguments("halts the engine", "LINT_CODE", consequence("drools.halt();")),
                arguments("loops forever with while", "LINT_LOOP", consequence("while (true) { }")),
                arguments("loops forever with for", "LINT_LOOP", consequence("for (;;) { }")),
                arguments("loops with do", "LINT_LOOP", consequence("do { } while (true);")),
                arguments("modifies a fact", "LINT_CHANGE", consequence("modify($m) { }")),
                arguments("deletes a fact", "LINT_CHANGE", consequence("delete($m);")),
                arguments("switches to the MVEL dialect", "LINT_DIALECT", HEADER + "dialect \"mvel\"\n" + rule("$m : Matter()", "")),
                arguments("hides System behind a unicode escape", "LINT_UNICODE_ESCAPE", consequence("\\u0053ystem.exit(1);")),
                arguments("creates an arbitrary object", "LINT_NEW", consequence("Object o = new Object();")),
                arguments("fires on a timer", "LINT_ATTRIBUTE", HEADER + "\nrule \"tiny.hostile\"\n" + META + "    timer (int: 1s 1s)\nwhen\n    $m : Matter()\nthen\nend\n"),
                arguments("accumulates with code", "LINT_ACCUMULATE", HEADER + rule("$n : Number() from accumulate(Matter(), init(int c = 0;), action(c++;), result(c))", "")),
                arguments("reads the environment in a condition", "LINT_CODE", HEADER + rule("$m : Matter()\n    eval(System.getenv(\"HOME\") != null)", "")),
                arguments("reads files in a from clause", "LINT_CODE", HEADER + rule("$s : Object() from java.nio.file.Files.readAllLines(null)", "")),
                arguments("sleeps in a condition", "LINT_CODE", HEADER + rule("$m : Matter(eval(Thread.interrupted()))", "")),
                arguments("looks up method handles", "LINT_CODE", consequence("Object l = MethodHandles.lookup();")),
                arguments("opens a socket", "LINT_CODE", consequence("Socket s = null;")));
    }

    @ParameterizedTest(name = "rejects a pack that {0}")
    @MethodSource("snippets")
    void rejectsWithTheRightReasonAndRunsNothing(String what, String code, String drl) {
        Path pack = TestPacks.tiny(tmp);
        TestPacks.write(pack, "dev/devolve/test/hostile.drl", drl);
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(pack).build())
                .isInstanceOf(PackBuildException.class)
                .satisfies(e -> {
                    List<Diagnostic> found = ((PackBuildException) e).diagnostics();
                    assertThat(found).as("diagnostics").anySatisfy(d -> {
                        assertThat(d.code()).isEqualTo(code);
                        assertThat(d.location()).hasValueSatisfying(l -> assertThat(l).startsWith("tiny/dev/devolve/test/hostile.drl:"));
                    });
                });
    }

    @Test
    void thereAreAtLeastTwentyFiveSnippets() {
        assertThat(snippets().count()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void stringsAndCommentsMayMentionAnything() {
        Path pack = TestPacks.tiny(tmp);
        TestPacks.write(pack, "dev/devolve/test/harmless.drl", HEADER + "// System.exit(1) would be refused in code, not here\n"
                + "\nrule \"tiny.harmless\"\n" + META.replace("tiny.hostile", "tiny.harmless") + "when\n    $m : Matter(code != \"System.exit\")\nthen\n"
                + "    /* while (true) */ insert(new MissingFact($m, \"Runtime.exec\"));\nend\n");
        assertThat(PolicyEngine.builder().packDirectory(pack).build().rules()).extracting("id").contains("tiny.harmless");
    }

    @Test
    void aTrustedEngineSkipsTheLinterAndSaysSo() {
        Path pack = TestPacks.tiny(tmp);
        TestPacks.write(pack, "dev/devolve/test/hostile.drl", consequence("Object o = new Object();"));
        PolicyEngine engine = PolicyEngine.builder().packDirectory(pack).trusted().build();
        assertThat(engine.packs()).allSatisfy(p -> assertThat(p.linted()).isFalse());
        assertThat(PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp.resolve("2"))).build().packs())
                .allSatisfy(p -> assertThat(p.linted()).isTrue());
    }
}
