package dev.devolve.scenario;

import dev.devolve.api.InputException;
import dev.devolve.api.NationalTownships;
import dev.devolve.api.SafeText;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.FactReader;
import dev.devolve.internal.io.Node;
import dev.devolve.internal.io.TextFiles;
import dev.devolve.model.Level;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCost;
import dev.devolve.model.Mode;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.model.UnfundedMandate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads scenario files strictly: an unknown key, a wrong type or a bad enum word is an
 * {@link InputException} naming the file, line and key. A township given as a code alone (a string,
 * or a mapping with only {@code code}) is taken from the national list; a matter given as a code
 * alone is taken from the engine's catalog when the scenario runs. A file-level {@code given:}
 * holds blocks every scenario starts from; a scenario's own blocks override them key by key.
 */
public final class ScenarioParser {

    /** The blocks a file-level {@code given:} may hold. */
    private static final List<String> GIVEN = List.of("township", "matter", "province", "service", "duty", "proposal", "transfer");

    private ScenarioParser() {
    }

    public static ScenarioFile parse(Path file) {
        String text = TextFiles.read(file);
        Node.MapNode root = Documents.parse(file.toString(), text).asMap();
        List<String> packs = new ArrayList<>();
        Node packList = root.get("packs");
        if (packList != null) {
            for (Node p : packList.asList().items()) {
                packs.add(p.asScalar().text());
            }
        }
        LocalDate fileAsOf = root.date("asOf");
        Node givenNode = root.get("given");
        Node.MapNode given = givenNode == null ? null : givenNode.asMap();
        if (given != null) {
            for (String key : given.keys()) {
                if (!GIVEN.contains(key)) {
                    throw given.errorAt(key, "given: holds the blocks scenarios share, " + String.join(", ", GIVEN) + "; found "
                            + SafeText.quote(key));
                }
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Node item : root.require("scenarios").asList().items()) {
            Scenario s = scenario(file, given == null ? item.asMap() : item.asMap().over(given), fileAsOf);
            if (!names.add(s.name())) {
                throw item.error("a second scenario named '" + s.name() + "' in this file");
            }
            scenarios.add(s);
        }
        root.finish();
        return new ScenarioFile(file, packs, scenarios);
    }

    private static Scenario scenario(Path file, Node.MapNode m, LocalDate fileAsOf) {
        String name = m.requireString("name");
        LocalDate asOf = m.date("asOf");
        if (asOf == null) {
            asOf = fileAsOf;
        }
        if (asOf == null) {
            throw m.error("asOf is required, in the scenario or once at the top of the file");
        }
        Township township = township(m.require("township"));
        Node matterNode = m.get("matter");
        Node serviceNode = m.get("service");
        // duty: is the duty subject, unless it is a number: the cost of a duty the county places for the matter.
        Node dutyNode = m.get("duty");
        Node dutySubject = dutyNode instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NUMBER ? null : dutyNode;
        Node proposalNode = m.get("proposal");
        int subjects = (dutySubject != null || proposalNode != null ? 1 : matterNode != null ? 1 : 0) + (serviceNode != null ? 1 : 0)
                + (dutySubject != null && proposalNode != null ? 1 : 0);
        if (subjects != 1) {
            throw m.error("a scenario has exactly one subject: a matter: (a delegation decision), a service: (a shared-service split), "
                    + "a duty: (which list a duty is on) or a proposal: (an admission); beside a duty or proposal, matter: is the "
                    + "power the duty exercises");
        }
        Optional<Matter> matter = Optional.empty();
        Optional<String> matterCode = Optional.empty();
        int matterLine = m.line();
        if (matterNode != null) {
            matterLine = matterNode.line();
            Optional<String> code = codeOnly(matterNode);
            if (code.isPresent()) {
                matterCode = code;
            } else {
                matter = Optional.of(FactReader.matter(matterNode.asMap()));
            }
        }
        Optional<SharedService> service = serviceNode == null ? Optional.empty()
                : Optional.of(FactReader.service(serviceNode.asMap()));
        Node provinceNode = m.get("province");
        Optional<ProvinceContext> province = provinceNode == null ? Optional.empty()
                : Optional.of(FactReader.province(provinceNode.asMap()));
        Optional<BigDecimal> duty = dutySubject != null ? Optional.empty() : Optional.ofNullable(amount(m, "duty"));
        Optional<DutySubject> duties = dutySubject == null && proposalNode == null ? Optional.empty()
                : Optional.of(DutyScenarios.subject(dutySubject, proposalNode, matter, province));
        Optional<BigDecimal> transfer = Optional.ofNullable(amount(m, "transfer"));
        if (serviceNode != null && (provinceNode != null || duty.isPresent() || transfer.isPresent())) {
            throw m.error("province:, duty: and transfer: belong to matter scenarios, not to a service: split");
        }
        Expectation expect = expectation(m.require("expect").asMap(), serviceNode != null);
        m.finish();
        return new Scenario(name, file, m.line(), asOf, township, matter, matterCode, matterLine, service, province,
                duty, transfer, expect, duties);
    }

    private static BigDecimal amount(Node.MapNode m, String key) {
        return FactReader.yuan(m, key);
    }

    private static Optional<String> codeOnly(Node node) {
        if (node instanceof Node.Scalar s) {
            return Optional.of(s.text());
        }
        Node.MapNode m = node.asMap();
        if (m.keys().size() == 1 && m.keys().contains("code")) {
            return Optional.of(m.requireString("code"));
        }
        return Optional.empty();
    }

    private static Township township(Node node) {
        Optional<String> code = codeOnly(node);
        if (code.isPresent()) {
            return NationalTownships.get().find(code.get()).orElseThrow(() -> node.error(NationalTownships.get().unknown(code.get(), 5)));
        }
        return FactReader.township(node.asMap());
    }

    private static Expectation expectation(Node.MapNode e, boolean split) {
        DutyExpectation duties = DutyScenarios.expectation(e);
        Optional<Outcome> outcome = Optional.ofNullable(e.enumValue("outcome", Outcome.class));
        boolean noMode = e.isExplicitNull("mode");
        Mode givenMode = e.enumValue("mode", Mode.class);
        Optional<Optional<Mode>> mode = noMode ? Optional.of(Optional.empty()) : Optional.ofNullable(givenMode).map(Optional::of);
        Optional<List<String>> citations = strings(e, "citations");
        Optional<Set<Obligation>> obligations = e.has("obligations") || e.isExplicitNull("obligations")
                ? Optional.of(e.enumSet("obligations", Obligation.class)) : Optional.empty();
        Optional<Set<String>> missing = strings(e, "missing").map(LinkedHashSet::new);
        Optional<List<String>> fired = strings(e, "rulesFired");
        Optional<List<String>> notFired = strings(e, "rulesNotFired");
        Optional<List<String>> diagnostics = strings(e, "diagnostics");
        Optional<String> error = Optional.ofNullable(e.string("error"));
        Optional<Expectation.MatterMoney> fiscal = Optional.empty();
        Optional<Expectation.SplitExpectation> splitExpect = Optional.empty();
        Node fiscalNode = e.get("fiscal");
        if (e.isExplicitNull("fiscal")) {
            fiscal = Optional.of(new Expectation.MatterMoney(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true));
        } else if (fiscalNode != null && split) {
            splitExpect = Optional.of(splitExpectation(fiscalNode.asMap()));
        } else if (fiscalNode != null) {
            Node.MapNode f = fiscalNode.asMap();
            fiscal = Optional.of(new Expectation.MatterMoney(Optional.ofNullable(f.decimal("annualCost")),
                    Optional.ofNullable(f.decimal("townshipPart")), Optional.ofNullable(f.decimal("countyTransfer")),
                    Optional.ofNullable(f.enumValue("payer", MatterCost.Payer.class)), false));
            f.finish();
        }
        Optional<List<Expectation.MandateExpectation>> mandates = Optional.empty();
        Node mandateList = e.get("mandates");
        if (mandateList != null || e.isExplicitNull("mandates")) {
            List<Expectation.MandateExpectation> list = new ArrayList<>();
            if (mandateList != null) {
                for (Node item : mandateList.asList().items()) {
                    Node.MapNode mm = item.asMap();
                    UnfundedMandate.Kind kind = mm.require("kind").asScalar().enumValue(UnfundedMandate.Kind.class);
                    BigDecimal amount = mm.require("amount").asScalar().decimal();
                    mm.finish();
                    list.add(new Expectation.MandateExpectation(kind, amount));
                }
            }
            mandates = Optional.of(list);
        }
        e.finish();
        return new Expectation(outcome, mode, citations, obligations, missing, fired, notFired, diagnostics, error, fiscal,
                mandates, splitExpect, duties);
    }

    private static Expectation.SplitExpectation splitExpectation(Node.MapNode f) {
        Map<Level, BigDecimal> shares = levels(f.get("shares"));
        Map<Level, BigDecimal> amounts = levels(f.get("amounts"));
        Optional<Integer> tier = Optional.ofNullable(f.integer("tier"));
        Optional<Boolean> factor = Optional.ofNullable(f.bool("factorFormula"));
        f.finish();
        return new Expectation.SplitExpectation(shares, amounts, tier, factor);
    }

    private static Map<Level, BigDecimal> levels(Node node) {
        Map<Level, BigDecimal> out = new EnumMap<>(Level.class);
        if (node == null) {
            return out;
        }
        Node.MapNode m = node.asMap();
        for (Level l : Level.values()) {
            BigDecimal v = m.decimal(l.word());
            if (v != null) {
                out.put(l, v);
            }
        }
        m.finish();
        return out;
    }

    /** A list of strings, or an empty list for {@code key: []} or {@code key: null}; empty Optional when absent. */
    private static Optional<List<String>> strings(Node.MapNode m, String key) {
        if (m.isExplicitNull(key)) {
            m.get(key);
            return Optional.of(List.of());
        }
        Node n = m.get(key);
        if (n == null) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Node item : n.asList().items()) {
            out.add(item.asScalar().text());
        }
        return Optional.of(out);
    }
}
