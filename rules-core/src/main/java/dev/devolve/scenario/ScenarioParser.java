package dev.devolve.scenario;

import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.input.NationalTownships;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.FactReader;
import dev.devolve.internal.io.Node;
import dev.devolve.internal.io.TextFiles;
import dev.devolve.internal.io.UsageReader;
import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.model.Usage;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    private static final List<String> GIVEN = List.of("township", "matter", "province", "service", "duty", "proposal", "transfer", "usage");

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
        Node usageNode = m.get("usage");
        Usage usage = null;
        if (usageNode != null) {
            Node.MapNode u = usageNode.asMap();
            Node usageMatter = u.get("matter");
            if (usageMatter != null && matterNode != null) {
                throw u.errorAt("matter", "the reviewed matter is given twice: in usage: and as the scenario's matter:");
            }
            matterNode = usageMatter != null ? usageMatter.asScalar() : matterNode;
            usage = UsageReader.read(u);
            u.finish();
        }
        // duty: is the duty subject, unless it is a number: the cost of a duty the county places for the matter.
        Node dutyNode = m.get("duty");
        Node dutySubject = dutyNode instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NUMBER ? null : dutyNode;
        Node proposalNode = m.get("proposal");
        boolean duties = dutySubject != null || proposalNode != null;
        if ((duties || matterNode != null ? 1 : 0) + (serviceNode != null ? 1 : 0) + (dutySubject != null && proposalNode != null ? 1 : 0) != 1
                || duties && usage != null) {
            throw m.error("a scenario has exactly one subject: a matter: (a delegation decision; with usage:, a review), a service: (a "
                    + "shared-service split), a duty: (which list a duty is on) or a proposal: (an admission); beside a duty or proposal, "
                    + "matter: is the power the duty exercises");
        }
        Subject.MatterRef matter = null;
        if (matterNode != null) {
            Optional<String> code = codeOnly(matterNode);
            matter = code.isPresent() ? new Subject.Catalog(code.get(), matterNode.line())
                    : new Subject.Given(FactReader.matter(matterNode.asMap()));
        }
        SharedService service = serviceNode == null ? null : FactReader.service(serviceNode.asMap());
        Node provinceNode = m.get("province");
        Optional<ProvinceContext> province = provinceNode == null ? Optional.empty()
                : Optional.of(FactReader.province(provinceNode.asMap()));
        Optional<BigDecimal> duty = duties ? Optional.empty() : Optional.ofNullable(amount(m, "duty"));
        Optional<BigDecimal> transfer = Optional.ofNullable(amount(m, "transfer"));
        if (service != null && (provinceNode != null || duty.isPresent() || transfer.isPresent() || usage != null)) {
            throw m.error("province:, duty:, transfer: and usage: belong to matter scenarios, not to a service: split");
        }
        Node.MapNode e = m.require("expect").asMap();
        Expectation expect;
        Subject subject;
        if (duties) {
            ExpectationParser.Read<DutyExpectation> read = ExpectationParser.duty(e);
            expect = read.common();
            Optional<Matter> power = matter instanceof Subject.Given given ? Optional.of(given.matter()) : Optional.empty();
            subject = DutyScenarios.subject(dutySubject, proposalNode, power, province, read.kind());
        } else if (service != null) {
            ExpectationParser.Read<SplitExpectation> read = ExpectationParser.split(e);
            expect = read.common();
            subject = new Subject.Split(service, read.kind());
        } else if (usage != null) {
            if (duty.isPresent() || transfer.isPresent()) {
                throw m.error("duty: and transfer: belong to delegation scenarios, not to a review (usage:)");
            }
            ExpectationParser.Read<ReviewExpectation> read = ExpectationParser.review(e);
            expect = read.common();
            subject = new Subject.Review(matter, province, usage, read.kind());
        } else {
            ExpectationParser.Read<DecisionExpectation> read = ExpectationParser.decision(e);
            expect = read.common();
            subject = new Subject.Delegation(matter, province, duty, transfer, read.kind());
        }
        e.finish();
        m.finish();
        return new Scenario(name, file, m.line(), asOf, township, subject, expect);
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
}
