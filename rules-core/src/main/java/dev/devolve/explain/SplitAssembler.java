package dev.devolve.explain;

import dev.devolve.error.Diagnostic;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.model.CentralShare;
import dev.devolve.model.Level;
import dev.devolve.model.Param;
import dev.devolve.model.Problem;
import dev.devolve.model.ProvinceTier;
import dev.devolve.model.ServiceShares;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.result.Explanation;
import dev.devolve.result.FiscalSplit;
import dev.devolve.result.PackInfo;
import dev.devolve.result.Text;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the findings recorded for one shared service into its split: the shares and amounts, with
 * the rules and parameters that set them.
 */
public final class SplitAssembler {

    private static final Words SENTENCES = Words.of(SplitAssembler.class, "sentences");

    private SplitAssembler() {
    }

    /** The split of one shared service, from the findings of a run with no matters. */
    public static FiscalSplit assemble(Township township, SharedService service, LocalDate asOf, List<Param> params,
                                       Evaluator.Trace trace, List<PackInfo> packs) {
        Facts facts = Facts.of(township, asOf, params, List.of(service), trace.firings());
        List<Diagnostic> diagnostics = DecisionAssembler.problems(trace);
        boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        ServiceShares shares = null;
        Integer tier = null;
        boolean factor = false;
        for (Evaluator.Firing f : trace.firings()) {
            for (Object o : f.inserted()) {
                if (o instanceof ServiceShares s) {
                    shares = s;
                } else if (o instanceof ProvinceTier t) {
                    tier = t.getTier();
                } else if (o instanceof CentralShare c) {
                    factor |= c.isFactorFormula();
                }
            }
        }
        if (shares == null && !failed) {
            diagnostics.add(Diagnostic.error("NO_SPLIT", null, "no rule split " + service.getCategory() + " ("
                    + service.getSharing() + "); the loaded packs have no fiscal rules for it"));
            failed = true;
        }
        Explainer.Explained explained = Explainer.explain(trace.firings(), facts, f -> f.inserted().stream().anyMatch(o ->
                o instanceof CentralShare || o instanceof ServiceShares || o instanceof Problem), null, null, true);
        String summaryEn;
        String summaryZh;
        if (failed) {
            summaryEn = SENTENCES.en("split.failed", diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                    .map(Diagnostic::message).findFirst().orElse(SENTENCES.en("split.seeDiagnostics")));
            summaryZh = SENTENCES.zh("split.failed", SENTENCES.zh("split.seeDiagnostics"));
        } else {
            summaryEn = splitSummary(service, shares, Language.EN);
            summaryZh = splitSummary(service, shares, Language.ZH);
        }
        return new FiscalSplit(township, service, asOf, Optional.ofNullable(tier),
                failed ? Map.of() : shares.getShares(), failed ? Map.of() : shares.getAmounts(), factor,
                new Explanation(explained.contributions(), List.of(), summaryZh, summaryEn), diagnostics, packs);
    }

    /** {@code COMPULSORY_EDUCATION 1000 yuan: central 0.5 = 500, …}; levels by their word in English. */
    private static String splitSummary(SharedService service, ServiceShares shares, Language l) {
        List<String> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(SENTENCES.get(l, "split.level", l == Language.ZH ? Text.display(level, l) : level.word(),
                    Text.display(shares.getShares().get(level)), shares.getAmounts().get(level).toPlainString()));
        }
        return SENTENCES.get(l, "split.summary", Text.display(service.getCategory(), l), service.getAmount().toPlainString(),
                String.join(SENTENCES.get(l, "split.separator"), levels));
    }
}
