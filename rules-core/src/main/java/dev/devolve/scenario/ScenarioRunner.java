package dev.devolve.scenario;

import dev.devolve.api.Decision;
import dev.devolve.api.DecisionException;
import dev.devolve.api.DecisionRequest;
import dev.devolve.api.Diagnostic;
import dev.devolve.api.DevolveException;
import dev.devolve.api.FiscalSplit;
import dev.devolve.api.InputException;
import dev.devolve.api.Mandate;
import dev.devolve.api.MatterFiscal;
import dev.devolve.api.PolicyEngine;
import dev.devolve.api.RuleContribution;
import dev.devolve.api.RuleDescription;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.io.Text;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.pack.PackLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs scenario files: the one runner behind the JUnit kit, {@code devolve test} and the build.
 * Each distinct pack set is compiled once and shared by every scenario that names it; rule
 * coverage is counted over every rule of those engines.
 *
 * <pre>{@code
 * SuiteResult r = ScenarioRunner.builder().build().run(List.of(Path.of("scenarios")));
 * log.info(r.summaryLine());   // "178 passed, 0 failed"
 * }</pre>
 */
public final class ScenarioRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);

    private final List<Path> packDirectories;
    private final Set<String> coveredPacks;
    private final Map<List<String>, PolicyEngine> engines = new LinkedHashMap<>();

    private ScenarioRunner(List<Path> packDirectories, Set<String> coveredPacks) {
        this.packDirectories = List.copyOf(packDirectories);
        this.coveredPacks = Set.copyOf(coveredPacks);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a runner. */
    public static final class Builder {
        private final List<Path> packDirectories = new ArrayList<>();
        private final Set<String> coveredPacks = new HashSet<>();

        private Builder() {
        }

        /**
         * Counts rule coverage over these packs only (say, the pack under test, not the national
         * pack it builds on); by default every rule of the engines used counts.
         */
        public Builder coverageOf(Set<String> packIds) {
            coveredPacks.addAll(packIds);
            return this;
        }

        /** Pack directories added to every scenario file's packs (a bundled pack with the same id is replaced). */
        public Builder packDirectories(List<Path> dirs) {
            packDirectories.addAll(dirs);
            return this;
        }

        public ScenarioRunner build() {
            return new ScenarioRunner(packDirectories, coveredPacks);
        }
    }

    /**
     * Finds the scenario files under the paths: a file is taken as it is; a directory contributes
     * every {@code .yaml}/{@code .yml} file inside a folder named {@code scenarios} (the directory
     * itself may be one), in path order.
     */
    public static List<Path> discover(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ScenarioRunner::isScenarioFile).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new InputException(p.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
                }
            } else {
                throw new InputException(p.toString(), 0, 0, "no such file or directory");
            }
        }
        return files;
    }

    private static boolean isScenarioFile(Path p) {
        String name = p.getFileName().toString();
        if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) {
            return false;
        }
        for (Path part : p.toAbsolutePath().normalize()) {
            if (part.toString().equals("scenarios")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses every file first (so a typo stops the run before anything is decided), then runs.
     *
     * @throws InputException on a malformed scenario file or a pack that cannot be loaded
     */
    public SuiteResult run(List<Path> paths) {
        long start = System.nanoTime();
        List<ScenarioFile> files = discover(paths).stream().map(ScenarioParser::parse).toList();
        List<ScenarioResult> results = new ArrayList<>();
        Map<String, RuleDescription> rules = new LinkedHashMap<>();
        Set<String> fired = new HashSet<>();
        for (ScenarioFile f : files) {
            PolicyEngine engine = engine(f);
            engine.rules().stream().filter(r -> coveredPacks.isEmpty() || coveredPacks.contains(r.packId()))
                    .forEach(r -> rules.putIfAbsent(r.packId() + "/" + r.id(), r));
            for (Scenario s : f.scenarios()) {
                ScenarioResult r = run(engine, s);
                fired.addAll(r.rulesFired());
                results.add(r);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.debug("ran {} scenarios from {} files in {} ms on {} engines", results.size(), files.size(), millis, engines.size());
        return new SuiteResult(results, new Coverage(List.copyOf(rules.values()), fired), files.size(), millis);
    }

    private PolicyEngine engine(ScenarioFile f) {
        List<String> key = new ArrayList<>();
        for (String p : f.packs()) {
            key.add(isBundled(p) ? p : f.file().toAbsolutePath().getParent().resolve(p).normalize().toString());
        }
        packDirectories.forEach(d -> key.add(d.toAbsolutePath().normalize().toString()));
        return engines.computeIfAbsent(key, k -> {
            PolicyEngine.Builder b = PolicyEngine.builder();
            if (f.packs().isEmpty()) {
                b.bundledPacks();
            }
            for (String p : k) {
                if (isBundled(p)) {
                    b.pack(p);
                } else {
                    b.packDirectory(Path.of(p));
                }
            }
            return b.build();
        });
    }

    private static boolean isBundled(String pack) {
        return !pack.contains("/") && !pack.contains("\\") && PackLoader.bundledIds().contains(pack);
    }

    private static ScenarioResult run(PolicyEngine engine, Scenario s) {
        Expectation e = s.expect();
        List<Mismatch> mismatches = new ArrayList<>();
        try {
            if (s.duties().isPresent()) {
                DutyScenarios.Run r = DutyScenarios.run(engine, s.township(), s.asOf(), s.duties().get(), e.duties(), mismatches);
                checkCutShort(e, r.cutShort(), mismatches);
                e.citations().ifPresent(cs -> cs.stream().filter(c -> !r.citations().contains(c))
                        .forEach(c -> mismatches.add(new Mismatch("citations", "to contain " + c, r.citations().toString()))));
                e.missing().ifPresent(m -> same(mismatches, "missing", new TreeSet<>(m), new TreeSet<>(r.missing())));
                if (e.outcome().isPresent() || e.mode().isPresent() || e.fiscal().isPresent() || e.mandates().isPresent()) {
                    mismatches.add(new Mismatch("expect", "a delegation decision", "a duty or proposal (expect list, lead, admission, "
                            + "wouldBe or findings)"));
                }
                checkRules(e, r.fired(), List.of(), mismatches);
                return new ScenarioResult(s, mismatches, r.fired(), r.explanation(), r.cutShort().isPresent());
            }
            if (!e.duties().isEmpty()) {
                mismatches.add(new Mismatch("expect", "a duty or proposal", "a " + (s.service().isPresent() ? "shared-service split"
                        : "delegation decision") + " (list, lead, admission, wouldBe and findings belong to duty: and proposal: scenarios)"));
            }
            if (s.service().isPresent()) {
                FiscalSplit split = engine.split(s.township(), s.service().get(), s.asOf());
                Optional<Diagnostic> cut = split.diagnostics().stream().filter(g -> Evaluator.CUT_SHORT.contains(g.code())).findFirst();
                checkCutShort(e, cut, mismatches);
                checkSplit(e, split, mismatches);
                List<String> fired = split.explanation().rules().stream().map(RuleContribution::ruleId).toList();
                checkRules(e, fired, split.diagnostics(), mismatches);
                return new ScenarioResult(s, mismatches, fired, explain(split.explanation().summaryEn(), split.explanation().rules(),
                        split.diagnostics()), cut.isPresent());
            }
            Matter matter = s.matter().orElseGet(() -> engine.matter(s.matterCode().orElseThrow()).orElseThrow(() ->
                    new InputException(s.file().toString(), s.matterLine(), 0, "matter: unknown catalog code '"
                            + s.matterCode().get() + "'")));
            DecisionRequest request = DecisionRequest.of(s.township(), matter, s.asOf());
            if (s.province().isPresent()) {
                request = request.withProvince(s.province().get());
            }
            if (s.duty().isPresent()) {
                request = request.withDuty(s.duty().get());
            }
            if (s.transfer().isPresent()) {
                request = request.withTransfer(s.transfer().get());
            }
            Decision d = engine.decide(request);
            checkCutShort(e, d.error(), mismatches);
            checkDecision(e, d, mismatches);
            checkRules(e, d.rulesFired(), d.diagnostics(), mismatches);
            return new ScenarioResult(s, mismatches, d.rulesFired(), explain(d.explanation().summaryEn(), d.explanation().rules(),
                    d.diagnostics()), d.isError());
        } catch (DecisionException ex) {
            checkError(e, mismatches, ex.code());
            return new ScenarioResult(s, mismatches, List.of(), "refused: " + ex.getMessage(), false);
        } catch (InputException ex) {
            throw ex;
        } catch (DevolveException ex) {
            mismatches.add(new Mismatch("error", e.error().orElse("none"), ex.getMessage()));
            return new ScenarioResult(s, mismatches, List.of(), "refused: " + ex.getMessage(), false);
        }
    }

    /**
     * A decision cut short fails its scenario unless the scenario expects it: {@code error: CODE}
     * (RULE_ERROR, RULE_TIMEOUT, …) or {@code outcome: ERROR}.
     */
    private static void checkCutShort(Expectation e, Optional<Diagnostic> cut, List<Mismatch> out) {
        if (e.error().isEmpty() && e.outcome().equals(Optional.of(Outcome.ERROR))) {
            return;
        }
        if (cut.isPresent() && e.error().isEmpty()) {
            out.add(new Mismatch("error", "none (a decision)", "cut short: " + cut.get()));
        } else {
            checkError(e, out, cut.map(Diagnostic::code).orElse(null));
        }
    }

    private static void checkError(Expectation e, List<Mismatch> out, String actual) {
        if (e.error().isPresent() && !e.error().get().equals(actual)) {
            out.add(new Mismatch("error", e.error().get(), actual == null ? "none (the request was decided)" : actual));
        } else if (e.error().isEmpty() && actual != null) {
            out.add(new Mismatch("error", "none", actual));
        }
    }

    private static void checkDecision(Expectation e, Decision d, List<Mismatch> out) {
        e.outcome().ifPresent(o -> same(out, "outcome", o, d.outcome()));
        e.mode().ifPresent(m -> same(out, "mode", m.map(Enum::name).orElse("none"), d.mode().map(Enum::name).orElse("none")));
        e.citations().ifPresent(cs -> cs.stream().filter(c -> !d.citations().contains(c))
                .forEach(c -> out.add(new Mismatch("citations", "to contain " + c, d.citations().toString()))));
        e.obligations().ifPresent(os -> os.stream().filter(o -> !d.obligations().contains(o))
                .forEach(o -> out.add(new Mismatch("obligations", "to contain " + o, d.obligations().toString()))));
        e.missing().ifPresent(m -> same(out, "missing", new TreeSet<>(m), new TreeSet<>(d.missing())));
        e.fiscal().ifPresent(f -> {
            Optional<MatterFiscal> actual = d.fiscal();
            if (f.none()) {
                actual.ifPresent(a -> out.add(new Mismatch("fiscal", "none", "annualCost " + a.annualCost().toPlainString())));
                return;
            }
            if (actual.isEmpty()) {
                out.add(new Mismatch("fiscal", "money following the matter", "none (outcome " + d.outcome() + ")"));
                return;
            }
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
        if (e.split().isPresent()) {
            out.add(new Mismatch("fiscal", "a shared-service split", "a delegation decision (use service: for splits)"));
        }
    }

    private static void checkSplit(Expectation e, FiscalSplit s, List<Mismatch> out) {
        e.split().ifPresent(x -> {
            x.shares().forEach((l, v) -> level(out, "shares." + l.word(), v, s.shares().get(l)));
            x.amounts().forEach((l, v) -> level(out, "amounts." + l.word(), v, s.amounts().get(l)));
            x.tier().ifPresent(t -> same(out, "fiscal.tier", t, s.tier().orElse(null)));
            x.factorFormula().ifPresent(f -> same(out, "fiscal.factorFormula", f, s.factorFormula()));
        });
        if (e.outcome().isPresent() || e.mode().isPresent() || e.fiscal().isPresent() || e.mandates().isPresent()) {
            out.add(new Mismatch("expect", "a delegation decision", "a shared-service split (outcome, mode and money belong to matter: scenarios)"));
        }
    }

    private static void level(List<Mismatch> out, String field, BigDecimal expected, BigDecimal actual) {
        if (actual == null) {
            out.add(new Mismatch(field, expected.toPlainString(), "none (no split)"));
        } else {
            amount(out, field, expected, actual);
        }
    }

    private static void checkRules(Expectation e, List<String> fired, List<Diagnostic> diagnostics, List<Mismatch> out) {
        e.rulesFired().ifPresent(rs -> rs.stream().filter(r -> !fired.contains(r))
                .forEach(r -> out.add(new Mismatch("rulesFired", "to contain " + r, fired.toString()))));
        e.rulesNotFired().ifPresent(rs -> rs.stream().filter(fired::contains)
                .forEach(r -> out.add(new Mismatch("rulesNotFired", r + " not to fire", "it fired"))));
        List<String> codes = diagnostics.stream().map(Diagnostic::code).toList();
        e.diagnostics().ifPresent(ds -> ds.stream().filter(d -> !codes.contains(d))
                .forEach(d -> out.add(new Mismatch("diagnostics", "to contain " + d, codes.toString()))));
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

    private static String explain(String summary, List<RuleContribution> rules, List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder(summary).append('\n');
        Function<RuleContribution, String> line = c -> (c.decisive() ? "* " : "- ") + c.ruleId() + ": " + c.textEn()
                + " [" + String.join("; ", c.citations()) + "]";
        rules.forEach(c -> sb.append(line.apply(c)).append('\n'));
        diagnostics.forEach(d -> sb.append("! ").append(d).append('\n'));
        return sb.toString();
    }
}
