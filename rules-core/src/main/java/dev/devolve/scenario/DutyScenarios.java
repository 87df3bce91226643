package dev.devolve.scenario;

import dev.devolve.result.AdmissionDecision;
import dev.devolve.error.Diagnostic;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyFinding;
import dev.devolve.api.DutyRequest;
import dev.devolve.result.Explanation;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.SafeText;
import dev.devolve.internal.io.DutyReader;
import dev.devolve.internal.io.Node;
import dev.devolve.model.Admission;
import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyList;
import dev.devolve.model.Matter;
import dev.devolve.model.Proposal;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;

import dev.devolve.words.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and runs the duty subjects of scenario files ({@code duty:}, {@code proposal:}) and their
 * expectations ({@code list}, {@code lead}, {@code admission}, {@code wouldBe}, {@code findings},
 * {@code citations}, {@code missing}).
 */
final class DutyScenarios {

    private DutyScenarios() {
    }

    /**
     * The subject, its facts read at once so that an unknown key or word stops the run before
     * anything is decided; a catalog code is resolved when it runs.
     */
    static DutySubject subject(Node duty, Node proposal, Optional<Matter> matter, Optional<ProvinceContext> province,
                               DutyExpectation expect) {
        if (duty != null) {
            check(duty);
            return new DutySubject(Optional.of(duty), Optional.empty(), matter, province, expect);
        }
        Node.MapNode p = proposal.asMap();
        check(p.require("duty"));
        return new DutySubject(Optional.empty(), Optional.of(p), matter, province, expect);
    }

    private static void check(Node duty) {
        if (duty instanceof Node.MapNode m) {
            DutyReader.read(m);
            m.finish();
        } else {
            duty.asScalar();
        }
    }

    /** Reads the duty keys of an {@code expect:} block, with the citations and missing paths already read. */
    static DutyExpectation expectation(Node.MapNode e, List<String> citations, Optional<Set<String>> missing) {
        Optional<Optional<String>> lead = e.isExplicitNull("lead") ? Optional.of(Optional.empty())
                : Optional.ofNullable(e.string("lead")).map(Optional::of);
        Optional<List<DutyExpectation.FindingExpectation>> findings = Optional.empty();
        Node list = e.get("findings");
        if (list != null || e.isExplicitNull("findings")) {
            List<DutyExpectation.FindingExpectation> out = new ArrayList<>();
            if (list != null) {
                for (Node item : list.asList().items()) {
                    if (item instanceof Node.Scalar s) {
                        out.add(new DutyExpectation.FindingExpectation(kind(s), Optional.empty()));
                    } else {
                        Node.MapNode f = item.asMap();
                        String kind = kind(f.require("kind").asScalar());
                        out.add(new DutyExpectation.FindingExpectation(kind, Optional.ofNullable(f.decimal("amount"))));
                        f.finish();
                    }
                }
            }
            findings = Optional.of(out);
        }
        return new DutyExpectation(Optional.ofNullable(e.enumValue("list", DutyList.class)), lead,
                Optional.ofNullable(e.enumValue("admission", Admission.class)), Optional.ofNullable(e.enumValue("wouldBe", DutyList.class)),
                findings, citations, missing);
    }

    private static String kind(Node.Scalar s) {
        String k = s.text();
        if (!k.equals(DutyFinding.UNFUNDED_DUTY) && !k.equals(DutyFinding.LIST_DEVIATES)) {
            throw s.error("unknown finding kind " + SafeText.quote(k) + "; allowed: " + DutyFinding.UNFUNDED_DUTY + ", " + DutyFinding.LIST_DEVIATES);
        }
        return k;
    }

    /** Decides the subject and checks every expectation of the scenario. */
    static ScenarioResult run(PolicyEngine engine, Scenario s, DutySubject subject, List<Mismatch> out) {
        DutyExpectation e = subject.expect();
        List<String> fired;
        List<String> citations;
        List<String> missing;
        Optional<Diagnostic> cut;
        Explanation explanation;
        List<Diagnostic> diagnostics;
        if (subject.duty().isPresent()) {
            DutyItem duty = DutyReader.duty(subject.duty().get(), code -> engine.duty(code).orElse(null));
            DutyDecision d = engine.decide(request(s.township(), duty, s.asOf(), subject));
            e.list().ifPresent(l -> same(out, "list", l, d.list()));
            e.lead().ifPresent(l -> same(out, "lead", l.orElse("none"), d.lead().orElse("none")));
            e.admission().ifPresent(a -> out.add(new Mismatch("admission", a.name(), "a duty decision (admission belongs to proposal: scenarios)")));
            e.wouldBe().ifPresent(a -> out.add(new Mismatch("wouldBe", a.name(), "a duty decision (wouldBe belongs to proposal: scenarios)")));
            e.findings().ifPresent(f -> findings(out, f, List.of()));
            fired = d.rulesFired();
            citations = d.citations();
            missing = d.missing();
            cut = d.error();
            explanation = d.explanation();
            diagnostics = d.diagnostics();
        } else {
            Proposal p = DutyReader.proposal(subject.proposal().get(), node -> DutyReader.duty(node, code -> engine.duty(code).orElse(null)));
            AdmissionDecision a = engine.admit(p, request(s.township(), p.getDuty(), s.asOf(), subject));
            e.admission().ifPresent(x -> same(out, "admission", x, a.admission()));
            e.wouldBe().ifPresent(x -> same(out, "wouldBe", x, a.wouldBe()));
            e.list().ifPresent(x -> same(out, "list", x, a.wouldBe()));
            e.lead().ifPresent(x -> same(out, "lead", x.orElse("none"), a.duty().lead().orElse("none")));
            e.findings().ifPresent(f -> findings(out, f, a.findings()));
            fired = a.rulesFired();
            citations = a.citations();
            missing = a.missing();
            cut = a.error();
            explanation = a.explanation();
            diagnostics = a.diagnostics();
        }
        e.citations().stream().filter(c -> !citations.contains(c))
                .forEach(c -> out.add(new Mismatch("citations", "to contain " + c, citations.toString())));
        e.missing().ifPresent(m -> same(out, "missing", new TreeSet<>(m), new TreeSet<>(missing)));
        ExpectationCheck.cutShort(s.expect(), false, cut, out);
        ExpectationCheck.rules(s.expect(), fired, diagnostics, out);
        return new ScenarioResult(s, out, fired, ScenarioResult.explanation(explanation, diagnostics, Language.EN),
                ScenarioResult.explanation(explanation, diagnostics, Language.ZH), cut.isPresent());
    }

    private static DutyRequest request(Township township, DutyItem duty, LocalDate asOf, DutySubject s) {
        DutyRequest r = DutyRequest.of(township, duty, asOf);
        if (s.matter().isPresent()) {
            r = r.withMatter(s.matter().get());
        }
        return s.province().isPresent() ? r.withProvince(s.province().get()) : r;
    }

    private static void findings(List<Mismatch> out, List<DutyExpectation.FindingExpectation> expected, List<DutyFinding> actual) {
        List<String> want = expected.stream().map(f -> f.kind() + f.amount().map(a -> " " + a.stripTrailingZeros().toPlainString()).orElse("")).toList();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            DutyFinding f = actual.get(i);
            boolean withAmount = i < expected.size() && expected.get(i).amount().isPresent();
            got.add(f.kind() + (withAmount ? f.amount().map(a -> " " + a.stripTrailingZeros().toPlainString()).orElse("") : ""));
        }
        same(out, "findings", want, got);
    }

    private static void same(List<Mismatch> out, String field, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            out.add(new Mismatch(field, String.valueOf(expected), String.valueOf(actual)));
        }
    }
}
