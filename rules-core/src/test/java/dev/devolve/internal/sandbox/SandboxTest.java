package dev.devolve.internal.sandbox;

import dev.devolve.TestPacks;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.Diagnostic;
import dev.devolve.error.PackBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the sandbox lets through, and where it points when it does not. */
class SandboxTest {

    private static final String HEADER = "package dev.devolve.test;\n\nimport dev.devolve.model.*;\nimport java.math.BigDecimal;\n";
    private static final String META = "    @id(\"tiny.extra\") @label_zh(\"额外\") @label_en(\"extra\") @cite(\"OPINIONS2017 §5\")\n"
            + "    @explain_zh(\"额外\") @explain_en(\"extra\")\n";

    @TempDir
    Path tmp;

    private Path pack(String when, String then) {
        Path pack = TestPacks.tiny(tmp);
        TestPacks.write(pack, "dev/devolve/test/extra.drl", HEADER + "\nrule \"tiny.extra\"\n" + META + "when\n" + when + "\nthen\n" + then + "\nend\n");
        return pack;
    }

    @Test
    void theRuleGrammarPasses() {
        Path pack = pack("""
                    $p : Param(name == "tiny.min_cases")
                    $m : Matter(annualCases != null, annualCases >= $p.number, code != null && code.length() > 0,
                                category == MatterCategory.PENALTY || category == MatterCategory.INSPECTION, spread > 0.5B,
                                annualCases * 2 > $p.number, annualCases / 3 < 1000, code not contains "Z")
                    $a : AsOf()
                    $t : Township(kind memberOf TownshipKind.values() || code contains "4101")
                    not MissingFact(matterCode == $m.code)
                    eval($m.getCode().startsWith("A") ? true : $m.getCode().isEmpty())
                    eval($a.getDate().getYear() > 2000)
                """, """
                    if ($m.getAnnualCases().compareTo(BigDecimal.TEN) > 0) {
                        insert(new OutcomeFinding($m, Outcome.ELIGIBLE));
                    } else {
                        insert(new MissingFact($m, "matter." + $m.getCode().toLowerCase()));
                    }
                """);
        assertThat(PolicyEngine.builder().packDirectory(pack).build().rules()).extracting("id").contains("tiny.extra");
    }

    @Test
    void aRuleReadsDeclaredFactsAndTheFactsThatAreMissing() {
        Path pack = pack("""
                    $t : Township(objects != null, objects contains TownshipObject.MINES)
                    $m : Matter()
                    $f : MissingFact(path == "township.serviceCentre") from MissingFact.absent($t, $m)
                """, "    insert(new MissingFact($m, $f.getPath()));");
        assertThat(PolicyEngine.builder().packDirectory(pack).build().rules()).extracting("id").contains("tiny.extra");
    }

    @Test
    void theFactTablesAreNotPartOfTheRuleModel() {
        Path pack = pack("    $t : Township(get(TownshipFacts.OBJECTS) != null)\n    $m : Matter()", "    insert(new MissingFact($m, \"x\"));");
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(pack).build())
                .isInstanceOf(PackBuildException.class)
                .satisfies(e -> assertThat(((PackBuildException) e).diagnostics()).extracting(Diagnostic::code)
                        .anyMatch(c -> c.startsWith("SANDBOX_")));
    }

    @Test
    void stringsAndCommentsMayMentionAnything() {
        Path pack = pack("    // System.exit(1) would be refused in code, not here\n    $m : Matter(code != \"System.exit\")",
                "    /* while (true) */ insert(new MissingFact($m, \"Runtime.exec\"));");
        assertThat(PolicyEngine.builder().packDirectory(pack).build().rules()).extracting("id").contains("tiny.extra");
    }

    @Test
    void aRefusedConstructIsNamedWithItsLineAndColumn() {
        Path pack = pack("    $m : Matter(code != null, getClass() != null)", "    insert(new MissingFact($m, \"x\"));");
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(pack).build())
                .isInstanceOf(PackBuildException.class)
                .satisfies(e -> assertThat(((PackBuildException) e).diagnostics()).extracting(Diagnostic::toString)
                        .contains("tiny/dev/devolve/test/extra.drl:10:31: SANDBOX_CALL: call of getClass(…): a rule may call the fact "
                                + "model's methods and listed methods of String, BigDecimal, LocalDate and read-only collections"));
    }

    @Test
    void aJoinComparesWithAVariableOfAnEarlierPatternAndLongLiteralsAreRead() {
        String literal = "x".repeat(4000);
        Path pack = pack("    $a : Matter(code != \"" + literal + "\")\n    $b : Matter(code == $a.code)\n    $c : Matter($x : code, code == $x)",
                "    insert(new MissingFact($a, \"x\"));");
        assertThatThrownBy(() -> PolicyEngine.builder().packDirectory(pack).build())
                .isInstanceOf(PackBuildException.class)
                .satisfies(e -> assertThat(((PackBuildException) e).diagnostics()).extracting(Diagnostic::toString)
                        .containsExactly("tiny/dev/devolve/test/extra.drl:12:5: SANDBOX_JOIN: a second pattern of Matter joined to nothing: "
                                + "every pair of Matter facts would be matched; join it to a variable bound by an earlier pattern"));
    }

    @Test
    void aTrustedEngineSkipsTheSandboxAndSaysSo() {
        Path pack = pack("    $m : Matter()", "    Object o = new Object();\n    insert(new MissingFact($m, o.toString()));");
        PolicyEngine engine = PolicyEngine.builder().packDirectory(pack).trusted().build();
        assertThat(engine.packs()).allSatisfy(p -> assertThat(p.linted()).isFalse());
        List<Diagnostic> refused = List.of();
        try {
            PolicyEngine.builder().packDirectory(pack).build();
        } catch (PackBuildException e) {
            refused = e.diagnostics();
        }
        assertThat(refused).extracting(Diagnostic::code).contains("SANDBOX_STATEMENT");
        assertThat(PolicyEngine.builder().packDirectory(TestPacks.tiny(tmp.resolve("2"))).build().packs())
                .allSatisfy(p -> assertThat(p.linted()).isTrue());
    }
}
