package dev.devolve.scenario;

import dev.devolve.api.AdmissionDecision;
import dev.devolve.api.Diagnostic;
import dev.devolve.api.DutyDecision;
import dev.devolve.api.DutyFinding;
import dev.devolve.api.DutyRequest;
import dev.devolve.api.Explanation;
import dev.devolve.api.PolicyEngine;
import dev.devolve.api.SafeText;
import dev.devolve.internal.io.DutyReader;
import dev.devolve.internal.io.Node;
import dev.devolve.model.Admission;
import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyList;
import dev.devolve.model.Matter;
import dev.devolve.model.Proposal;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and runs the duty subjects of scenario files ({@code duty:}, {@code proposal:}) and their
 * expectations ({@code list}, {@code lead}, {@code admission}, {@code wouldBe}, {@code findings}).
 */
final class DutyScenarios {

    /** The expectation keys only duty and proposal scenarios have. */
    static final List<String> KEYS = List.of("list", "lead", "admission", "wouldBe", "findings");

    private DutyScenarios() {
    }

    /**
     * The subject, its facts read at once so that an unknown key or word stops the run before
     * anything is decided; a catalog code is resolved when it runs.
     */
    static DutySubject subject(Node duty, Node proposal, Optional<Matter> matter,
                               Optional<ProvinceContext> province) {
        if (duty != null) {
            check(duty);
            return new DutySubject(Optional.of(duty), Optional.empty(), matter, province);
        }
        Node.MapNode p = proposal.asMap();
        check(p.require("duty"));
        return new DutySubject(Optional.empty(), Optional.of(p), matter, province);
    }

    private static void check(Node duty) {
        if (duty instanceof Node.MapNode m) {
            DutyReader.read(m);
            m.finish();
        } else {
            duty.asScalar();
        }
    }

    /** Reads the duty keys of an {@code expect:} block, leaving the others to the common reader. */
    static DutyExpectation expectation(Node.MapNode e) {
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
                findings);
    }

    private static String kind(Node.Scalar s) {
        String k = s.text();
        if (!k.equals(DutyFinding.UNFUNDED_DUTY) && !k.equals(DutyFinding.LIST_DEVIATES)) {
            throw s.error("unknown finding kind " + SafeText.quote(k) + "; allowed: " + DutyFinding.UNFUNDED_DUTY + ", " + DutyFinding.LIST_DEVIATES);
        }
        return k;
    }

    /** What a duty scenario's run gave, for the runner's common checks. */
    record Run(List<String> fired, List<String> citations, List<String> missing, Optional<Diagnostic> cutShort,
               String explanation) {
    }

    /** Decides the subject and checks the duty expectations; the common ones are the runner's. */
    static Run run(PolicyEngine engine, Township township, LocalDate asOf, DutySubject s, DutyExpectation e, List<Mismatch> out) {
        if (s.duty().isPresent()) {
            DutyItem duty = DutyReader.duty(s.duty().get(), code -> engine.duty(code).orElse(null));
            DutyDecision d = engine.decide(request(township, duty, asOf, s));
            e.list().ifPresent(l -> same(out, "list", l, d.list()));
            e.lead().ifPresent(l -> same(out, "lead", l.orElse("none"), d.lead().orElse("none")));
            e.admission().ifPresent(a -> out.add(new Mismatch("admission", a.name(), "a duty decision (admission belongs to proposal: scenarios)")));
            e.wouldBe().ifPresent(a -> out.add(new Mismatch("wouldBe", a.name(), "a duty decision (wouldBe belongs to proposal: scenarios)")));
            e.findings().ifPresent(f -> findings(out, f, List.of()));
            return new Run(d.rulesFired(), d.citations(), d.missing(), d.error(), text(d.explanation().summaryEn(), d.explanation()));
        }
        Proposal p = DutyReader.proposal(s.proposal().get(), node -> DutyReader.duty(node, code -> engine.duty(code).orElse(null)));
        AdmissionDecision a = engine.admit(p, request(township, p.getDuty(), asOf, s));
        e.admission().ifPresent(x -> same(out, "admission", x, a.admission()));
        e.wouldBe().ifPresent(x -> same(out, "wouldBe", x, a.wouldBe()));
        e.list().ifPresent(x -> same(out, "list", x, a.wouldBe()));
        e.lead().ifPresent(x -> same(out, "lead", x.orElse("none"), a.duty().lead().orElse("none")));
        e.findings().ifPresent(f -> findings(out, f, a.findings()));
        return new Run(a.rulesFired(), a.citations(), a.missing(), a.error(), text(a.explanation().summaryEn(), a.explanation()));
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

    private static String text(String summary, Explanation explanation) {
        StringBuilder sb = new StringBuilder(summary).append('\n');
        explanation.rules().forEach(c -> sb.append(c.decisive() ? "* " : "- ").append(c.ruleId()).append(": ").append(c.textEn())
                .append(" [").append(String.join("; ", c.citations())).append("]\n"));
        return sb.toString();
    }

    private static void same(List<Mismatch> out, String field, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            out.add(new Mismatch(field, String.valueOf(expected), String.valueOf(actual)));
        }
    }
}
