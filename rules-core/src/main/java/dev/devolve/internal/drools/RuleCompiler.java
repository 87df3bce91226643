package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.error.PackBuildException;
import dev.devolve.location.SourceLocation;
import dev.devolve.pack.Citations;
import dev.devolve.pack.Parameter;
import dev.devolve.pack.RulePack;
import dev.devolve.result.RuleDescription;
import org.drools.model.Model;
import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles a set of packs into one KieBase.
 *
 * <p>Each DRL file is first checked on its own ({@link DrlCheck}: exact lines and columns for syntax
 * errors, the sandbox's source grammar, the rule metadata); only when every file passes is the set
 * compiled to the executable model ({@link ModelBuilder}), whose classes the sandbox verifies before
 * any is loaded. The same rules are compiled once: a model generated when the bundled packs were
 * built, or compiled earlier in this process, is reused ({@link ModelArchive}). Any problem throws
 * {@link PackBuildException} with all diagnostics: a broken pack never yields a half-built engine.
 */
public final class RuleCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);

    private RuleCompiler() {
    }

    /**
     * A compiled pack set: the KieBase, the metadata of each rule by its Drools key and the phases in
     * the order they run.
     *
     * @param releaseId the KIE release the packs were compiled under, when they were compiled by this
     *                  build rather than found already compiled
     */
    public record Compiled(KieBase kieBase, Map<String, RuleInfo> rules, Optional<ReleaseId> releaseId, List<String> phases) {

        /** Every rule as readers see it, in pack and file order. */
        public List<RuleDescription> descriptions() {
            return rules.values().stream().map(RuleInfo::describe).toList();
        }

        /** The parameters read by rules whose conditions match a fact of the given simple type name. */
        public Set<String> parametersFor(String type) {
            Set<String> out = new TreeSet<>();
            rules.values().stream().filter(r -> r.types().contains(type)).forEach(r -> out.addAll(r.parameters()));
            return out;
        }
    }

    /**
     * @param packs      packs in load order (dependencies first)
     * @param parameters the merged parameters the rules may name
     * @param citations  the sources the packs define, which {@code @cite} must name
     * @param sandbox    whether to hold the packs to the sandbox (every pack not explicitly trusted)
     * @throws PackBuildException with every problem found
     */
    public static Compiled compile(List<RulePack> packs, Map<String, Parameter> parameters, Citations citations, boolean sandbox) {
        long checking = System.nanoTime();
        Map<String, String[]> kfsPaths = new HashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (RulePack pack : packs) {
            for (String file : pack.drl().keySet()) {
                String[] previousOwner = kfsPaths.put(ModelBuilder.RESOURCES + file, new String[] {pack.id(), file});
                if (previousOwner != null) {
                    problems.add(Diagnostic.error("DUPLICATE_FILE", SourceLocation.of(pack.id() + "/" + file, 1, 1), "pack '"
                            + previousOwner[0] + "' already has " + file + "; packs sharing a DRL package need distinct file names"));
                }
            }
        }
        String checkKey = CheckedRules.key(packs, parameters.keySet(), citations.sources().keySet(), sandbox);
        CheckedRules checked = problems.isEmpty() ? CheckedRules.find(checkKey) : null;
        boolean found = checked != null;
        if (!found) {
            checked = check(packs, parameters, citations, sandbox, problems);
            if (!problems.isEmpty()) {
                throw new PackBuildException(problems);
            }
            checked = CheckedRules.keep(checkKey, checked.rules(), checked.phases());
        }
        Map<String, RuleInfo> rules = checked.rules();
        long start = System.nanoTime();
        LOG.debug("rules of {} pack(s) {} in {} ms", packs.size(), found ? "found checked" : "checked",
                (start - checking) / 1_000_000);
        String key = ModelArchive.key(packs);
        Optional<ReleaseId> releaseId = Optional.empty();
        KieBase kieBase = null;
        try {
            ModelArchive.Entry model = ModelArchive.find(key);
            List<Model> models = model == null ? null : loadFound(key, model, sandbox, rules, kfsPaths, problems);
            if (models == null && problems.isEmpty()) {
                ModelBuilder.Output compiled = ModelBuilder.compile(packs, kfsPaths, problems);
                if (compiled != null) {
                    releaseId = Optional.of(compiled.releaseId());
                    models = ModelArchive.keep(key, compiled.model(), false).models(sandbox, rules, kfsPaths, problems);
                }
            }
            if (models != null && problems.isEmpty()) {
                kieBase = GeneratedModel.kieBase(models);
            }
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            problems.add(crash("DRL_BUILD", String.join(", ", packs.stream().map(RulePack::id).toList()), "compiling the packs", e));
        }
        if (!problems.isEmpty()) {
            throw new PackBuildException(problems);
        }
        LOG.debug("{} {} pack(s) in {} ms", releaseId.isPresent() ? "compiled" : "loaded the compiled model of", packs.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Compiled(kieBase, rules, releaseId, checked.phases());
    }

    /** Checks every DRL file of the packs on its own, collecting the rules' metadata. */
    private static CheckedRules check(List<RulePack> packs, Map<String, Parameter> parameters, Citations citations, boolean sandbox,
                                      List<Diagnostic> problems) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, SourceLocation> idLocations = new HashMap<>();
        Phases phases = new Phases(packs);
        for (RulePack pack : packs) {
            for (String file : pack.drl().keySet()) {
                try {
                    DrlCheck.checkFile(pack, file, parameters, citations, sandbox, phases, rules, idLocations, problems);
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    problems.add(crash("DRL_BUILD", pack.id() + "/" + file, "reading it", e));
                }
            }
        }
        return new CheckedRules(rules, phases.order());
    }

    /**
     * The classes of a model found already compiled; null when they cannot be loaded (a jar built
     * against another Drools, say), after which the packs are compiled again.
     */
    private static List<Model> loadFound(String key, ModelArchive.Entry model, boolean sandbox, Map<String, RuleInfo> rules,
                                         Map<String, String[]> kfsPaths, List<Diagnostic> problems) {
        try {
            return model.models(sandbox, rules, kfsPaths, problems);
        } catch (IllegalStateException e) {
            LOG.warn("cannot load the compiled rule model {}, compiling the packs instead: {}", key, e.getMessage());
            ModelArchive.forget(key);
            return null;
        }
    }

    /**
     * The place of a parser's 0-based column (Drools' descriptors and ANTLR count columns from 0), as
     * the 1-based one every diagnostic shows; no column when the line is not known.
     */
    static SourceLocation at(String file, int line, int zeroBasedColumn) {
        return line > 0 ? SourceLocation.of(file, line, Math.max(zeroBasedColumn, 0) + 1) : SourceLocation.of(file);
    }

    /**
     * A parser or compiler that failed instead of reporting: the pack still gets a diagnostic, never
     * the failure itself (a stack overflow, a compiler's own exception, pack code run at build).
     */
    static Diagnostic crash(String code, String where, String doing, Throwable e) {
        LOG.debug("{} failed while {}", where, doing, e);
        String message = e.getMessage() == null ? "" : e.getMessage();
        String detail = message.isEmpty() ? "" : ": " + oneLine(message.length() > 200 ? message.substring(0, 199) + "…" : message);
        return Diagnostic.error(code, SourceLocation.of(where), "the engine failed while " + doing + " (" + e.getClass().getSimpleName() + detail
                + "); simplify the rules there");
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
