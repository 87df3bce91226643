package dev.devolve.scenario;

import dev.devolve.result.Decision;
import dev.devolve.error.Diagnostic;
import dev.devolve.result.FiscalSplit;
import dev.devolve.result.MatterFiscal;
import dev.devolve.internal.io.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Compares what the engine answered with what a scenario expects, a {@link Mismatch} per field that differs. */
final class ExpectationCheck {

    private ExpectationCheck() {
    }

    /**
     * A decision cut short fails its scenario unless the scenario expects it: {@code error: CODE}
     * (RULE_ERROR, RULE_TIMEOUT, …) or {@code outcome: ERROR}.
     */
    static void cutShort(Expectation e, boolean expectsErrorOutcome, Optional<Diagnostic> cut, List<Mismatch> out) {
        if (e.error().isEmpty() && expectsErrorOutcome) {
            return;
        }
        if (cut.isPresent() && e.error().isEmpty()) {
            out.add(new Mismatch("error", "none (a decision)", "cut short: " + cut.get()));
        } else {
            error(e, out, cut.map(Diagnostic::code).orElse(null));
        }
    }

    static void error(Expectation e, List<Mismatch> out, String actual) {
        if (e.error().isPresent() && !e.error().get().equals(actual)) {
            out.add(new Mismatch("error", e.error().get(), actual == null ? "none (the request was decided)" : actual));
        } else if (e.error().isEmpty() && actual != null) {
            out.add(new Mismatch("error", "none", actual));
        }
    }

    static void decision(DecisionExpectation e, Decision d, List<Mismatch> out) {
        e.outcome().ifPresent(o -> same(out, "outcome", o, d.outcome()));
        e.mode().ifPresent(m -> same(out, "mode", m.word(), d.mode().map(Enum::name).orElse("none")));
        e.citations().stream().filter(c -> !d.citations().contains(c))
                .forEach(c -> out.add(new Mismatch("citations", "to contain " + c, d.citations().toString())));
        e.obligations().stream().filter(o -> !d.obligations().contains(o))
                .forEach(o -> out.add(new Mismatch("obligations", "to contain " + o, d.obligations().toString())));
        e.missing().ifPresent(m -> same(out, "missing", new TreeSet<>(m), new TreeSet<>(d.missing())));
        e.fiscal().ifPresent(expected -> {
            Optional<MatterFiscal> actual = d.fiscal();
            if (expected instanceof DecisionExpectation.NoMoney) {
                actual.ifPresent(a -> out.add(new Mismatch("fiscal", "none", "annualCost " + a.annualCost().toPlainString())));
                return;
            }
            if (actual.isEmpty()) {
                out.add(new Mismatch("fiscal", "money following the matter", "none (outcome " + d.outcome() + ")"));
                return;
            }
            DecisionExpectation.Money f = (DecisionExpectation.Money) expected;
            f.annualCost().ifPresent(v -> amount(out, "fiscal.annualCost", v, actual.get().annualCost()));
            f.townshipPart().ifPresent(v -> amount(out, "fiscal.townshipPart", v, actual.get().townshipPart()));
            f.countyTransfer().ifPresent(v -> amount(out, "fiscal.countyTransfer", v, actual.get().countyTransfer()));
            f.payer().ifPresent(v -> same(out, "fiscal.payer", v, actual.get().payer()));
        });
        e.mandates().ifPresent(ms -> {
            List<String> expected = ms.stream().map(m -> m.kind() + " " + Text.display(m.amount())).toList();
            List<String> actual = d.mandates().stream().map(m -> m.kind() + " " + Text.display(m.amount())).toList();
            same(out, "mandates", expected, actual);
        });
    }

    static void split(SplitExpectation x, FiscalSplit s, List<Mismatch> out) {
        x.shares().forEach((l, v) -> level(out, "shares." + l.word(), v, s.shares().get(l)));
        x.amounts().forEach((l, v) -> level(out, "amounts." + l.word(), v, s.amounts().get(l)));
        x.tier().ifPresent(t -> same(out, "fiscal.tier", t, s.tier().orElse(null)));
        x.factorFormula().ifPresent(f -> same(out, "fiscal.factorFormula", f, s.factorFormula()));
    }

    private static void level(List<Mismatch> out, String field, BigDecimal expected, BigDecimal actual) {
        if (actual == null) {
            out.add(new Mismatch(field, expected.toPlainString(), "none (no split)"));
        } else {
            amount(out, field, expected, actual);
        }
    }

    static void rules(Expectation e, List<String> fired, List<Diagnostic> diagnostics, List<Mismatch> out) {
        e.rulesFired().stream().filter(r -> !fired.contains(r))
                .forEach(r -> out.add(new Mismatch("rulesFired", "to contain " + r, fired.toString())));
        e.rulesNotFired().stream().filter(fired::contains)
                .forEach(r -> out.add(new Mismatch("rulesNotFired", r + " not to fire", "it fired")));
        List<String> codes = diagnostics.stream().map(Diagnostic::code).toList();
        e.diagnostics().stream().filter(d -> !codes.contains(d))
                .forEach(d -> out.add(new Mismatch("diagnostics", "to contain " + d, codes.toString())));
    }

    private static void amount(List<Mismatch> out, String field, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            out.add(new Mismatch(field, expected.toPlainString(), actual.toPlainString()));
        }
    }

    private static void same(List<Mismatch> out, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(new Mismatch(field, String.valueOf(expected), String.valueOf(actual)));
        }
    }
}
