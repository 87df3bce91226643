package dev.devolve.internal.drools;

import dev.devolve.api.Diagnostic;
import dev.devolve.api.PackBuildException;
import dev.devolve.api.RuleDescription;
import dev.devolve.location.SourceLocation;
import dev.devolve.pack.Parameter;
import dev.devolve.pack.RulePack;
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
     * @param sandbox    whether to hold the packs to the sandbox (every pack not explicitly trusted)
     * @throws PackBuildException with every problem found
     */
    public static Compiled compile(List<RulePack> packs, Map<String, Parameter> parameters, boolean sandbox) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, SourceLocation> idLocations = new HashMap<>();
        Map<String, String[]> kfsPaths = new HashMap<>();
        Phases phases = new Phases(packs);
        for (RulePack pack : packs) {
            for (Map.Entry<String, String> drl : pack.drl().entrySet()) {
                String location = pack.id() + "/" + drl.getKey();
                String[] previousOwner = kfsPaths.put(ModelBuilder.RESOURCES + drl.getKey(), new String[] {pack.id(), drl.getKey()});
                if (previousOwner != null) {
                    problems.add(Diagnostic.error("DUPLICATE_FILE", SourceLocation.of(location, 1, 1), "pack '" + previousOwner[0]
                            + "' already has " + drl.getKey() + "; packs sharing a DRL package need distinct file names"));
                }
                try {
                    DrlCheck.checkFile(pack, drl.getKey(), parameters, sandbox, phases, rules, idLocations, problems);
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    problems.add(crash("DRL_BUILD", location, "reading it", e));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PackBuildException(problems);
        }
        long start = System.nanoTime();
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
        return new Compiled(kieBase, rules, releaseId, phases.order());
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
