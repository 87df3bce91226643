package dev.devolve.explain;

import dev.devolve.error.Diagnostic;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.drools.Requirement;
import dev.devolve.model.CentralShare;
import dev.devolve.model.Level;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCost;
import dev.devolve.model.MissingFact;
import dev.devolve.model.Mode;
import dev.devolve.model.ModeFinding;
import dev.devolve.model.Obligation;
import dev.devolve.model.ObligationFinding;
import dev.devolve.model.Outcome;
import dev.devolve.model.OutcomeFinding;
import dev.devolve.model.Param;
import dev.devolve.model.Problem;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.ProvinceTier;
import dev.devolve.model.ServiceShares;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.model.UnfundedMandate;
import dev.devolve.result.Change;
import dev.devolve.result.Decision;
import dev.devolve.result.Explanation;
import dev.devolve.result.FiscalSplit;
import dev.devolve.result.Mandate;
import dev.devolve.result.MatterFiscal;
import dev.devolve.result.PackInfo;
import dev.devolve.result.RuleContribution;
import dev.devolve.result.Text;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the findings recorded for one request into a result. For a matter: the most restrictive
 * outcome wins, mode, obligations and money count only for DELEGATE and ELIGIBLE, and the
 * explanation lists every rule that fired with the facts it read and, unless the matter is
 * delegated, what would have to change. For a shared service: the shares and amounts, with the
 * rules and parameters that set them.
 */
public final class DecisionAssembler {

    /** A run stopped by its limits may have fired a rule millions of times; explain the start of it. */
    private static final int FIRINGS_SHOWN_WHEN_STOPPED = 50;
    private static final Words SENTENCES = Words.of(DecisionAssembler.class, "sentences");
    /**
     * A summary decision's sentence by language, outcome and mode (0 for none, else ordinal + 1):
     * the outcome and mode without the reasons, which a summary does not render.
     */
    private static final String[][][] BRIEF = new String[Language.values().length][Outcome.values().length][Mode.values().length + 1];

    static {
        for (Language l : Language.values()) {
            for (Outcome o : Outcome.values()) {
                BRIEF[l.ordinal()][o.ordinal()][0] = brief(l, o, Optional.empty());
                for (Mode m : Mode.values()) {
                    BRIEF[l.ordinal()][o.ordinal()][m.ordinal() + 1] = brief(l, o, Optional.of(m));
                }
            }
        }
    }

    private DecisionAssembler() {
    }

    static List<Diagnostic> problems(Evaluator.Trace trace) {
        List<Diagnostic> out = new ArrayList<>(trace.diagnostics());
        for (Evaluator.Firing f : trace.firings()) {
            for (Object o : f.inserted()) {
                if (o instanceof Problem p) {
                    out.add(Diagnostic.error(p.getCode(), f.rule().location(), p.getMessage()));
                }
            }
        }
        return out;
    }

    /**
     * @param extras this matter's duty and transfer, if the county declared them
     * @param full   whether to render the explanation's sentences, facts and changes; a summary
     *               decision carries the outcome, mode, obligations, citations, money and the rules
     *               that fired, which is what a batch row needs
     */
    public static Decision assemble(Township township, Matter matter, LocalDate asOf, ProvinceStatus province,
                                    List<Param> params, Evaluator.Trace run, List<?> extras, List<PackInfo> packs,
                                    boolean full) {
        Evaluator.Trace trace = run;
        boolean cutShort = run.cutShort().isPresent();
        if (cutShort && run.firings().size() > FIRINGS_SHOWN_WHEN_STOPPED) {
            trace = new Evaluator.Trace(run.firings().subList(0, FIRINGS_SHOWN_WHEN_STOPPED), run.diagnostics(), run.cutShort());
        }
        List<Object> inputs = new ArrayList<>(extras);
        inputs.add(matter);
        inputs.add(province);
        Facts facts = full ? Facts.of(township, asOf, params, inputs, trace.firings()) : null;
        List<Diagnostic> diagnostics = problems(trace);
        boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);

        Set<String> missing = new TreeSet<>();
        EnumSet<Outcome> proposed = EnumSet.noneOf(Outcome.class);
        EnumSet<Mode> modes = EnumSet.noneOf(Mode.class);
        EnumSet<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        MatterCost cost = null;
        for (Evaluator.Firing f : trace.firings()) {
            for (Object o : f.inserted()) {
                if (o instanceof OutcomeFinding of) {
                    proposed.add(of.getOutcome());
                } else if (o instanceof MissingFact mf) {
                    missing.add(mf.getPath());
                } else if (o instanceof ModeFinding mf) {
                    modes.add(mf.getMode());
                } else if (o instanceof ObligationFinding ob) {
                    obligations.add(ob.getObligation());
                } else if (o instanceof MatterCost mc) {
                    cost = mc;
                }
            }
        }
        if (!missing.isEmpty()) {
            proposed.add(Outcome.INSUFFICIENT_FACTS);
        }
        Outcome outcome;
        if (cutShort) {
            // What the rules found before the session was cut short decides nothing.
            outcome = Outcome.ERROR;
            missing.clear();
        } else if (failed) {
            // A run that failed part-way cannot support handing a power down: the county keeps it.
            outcome = Outcome.RETAIN;
        } else if (proposed.isEmpty()) {
            diagnostics.add(Diagnostic.warning("NO_OUTCOME", null,
                    "no rule decided this matter; by default it stays with the county (APL2021 art.23)"));
            outcome = Outcome.RETAIN;
        } else {
            outcome = proposed.iterator().next();
        }
        Optional<Mode> mode = Optional.empty();
        if (outcome.isPositive() && !modes.isEmpty()) {
            if (modes.size() > 1) {
                diagnostics.add(Diagnostic.warning("MODE_CONFLICT", null, "rules proposed modes " + modes
                        + "; the one that leaves most to the county is used"));
            }
            List<Mode> ordered = new ArrayList<>(modes);
            mode = Optional.of(ordered.get(ordered.size() - 1));
        }
        Optional<MatterFiscal> fiscal = outcome.isPositive() && cost != null
                ? Optional.of(new MatterFiscal(cost.getAnnualCost(), cost.getTownshipShare(), cost.getTownshipPart(),
                cost.getCountyTransfer(), cost.getPayer()))
                : Optional.empty();
        Optional<Mode> chosenMode = mode;
        Outcome decided = outcome;
        Explainer.Explained explained = Explainer.explain(trace.firings(), facts, f -> !failed && f.inserted().stream().anyMatch(o ->
                o instanceof OutcomeFinding of && of.getOutcome() == decided
                        || o instanceof MissingFact && decided == Outcome.INSUFFICIENT_FACTS), matter, province, full);

        Set<String> citations = new LinkedHashSet<>();
        Set<String> fired = new LinkedHashSet<>();
        List<Change> changes = new ArrayList<>();
        List<Mandate> mandates = new ArrayList<>();
        for (int i = 0; i < trace.firings().size(); i++) {
            Evaluator.Firing f = trace.firings().get(i);
            RuleContribution c = explained.contributions().get(i);
            fired.add(c.ruleId());
            boolean shapesDelegation = decided.isPositive() && f.inserted().stream().anyMatch(o ->
                    o instanceof ModeFinding mf && chosenMode.isPresent() && chosenMode.get() == mf.getMode()
                            || o instanceof ObligationFinding || o instanceof MatterCost);
            if (c.decisive() || shapesDelegation) {
                citations.addAll(c.citations());
            }
            boolean blocking = f.inserted().stream().anyMatch(o -> o instanceof OutcomeFinding of && of.getOutcome() != Outcome.DELEGATE);
            if (full && blocking && decided != Outcome.DELEGATE && !cutShort) {
                for (Requirement r : f.rule().requires()) {
                    changes.add(WhatWouldChange.change(c.ruleId(), r, facts));
                }
            }
            for (Object o : f.inserted()) {
                if (o instanceof UnfundedMandate um && !cutShort) {
                    mandates.add(new Mandate(um.getMatterCode(), um.getKind(), um.getRequired(), um.getTransferred(),
                            um.getAmount(), c.ruleId(), c.citations(), c.textZh(), c.textEn()));
                }
            }
        }
        if (full && decided != Outcome.DELEGATE) {
            for (String path : missing) {
                changes.add(WhatWouldChange.missing(path, explained.contributions()));
            }
        }
        String[] summary = new String[2];
        for (Language l : Language.values()) {
            String named = Text.display(outcome, l);
            if (cutShort) {
                Diagnostic cause = run.cutShort().get();
                summary[l.ordinal()] = SENTENCES.get(l, "summary.cutShort", named, cause.code(), cause.message());
            } else if (failed) {
                summary[l.ordinal()] = SENTENCES.get(l, "summary.failed", named);
            } else if (!full) {
                summary[l.ordinal()] = BRIEF[l.ordinal()][outcome.ordinal()][mode.map(m -> m.ordinal() + 1).orElse(0)];
            } else {
                List<String> reasons = l == Language.ZH ? explained.decisiveZh() : explained.decisiveEn();
                summary[l.ordinal()] = brief(l, outcome, mode)
                        + (reasons.isEmpty() ? "" : SENTENCES.get(l, "summary.reasons", String.join(SENTENCES.get(l, "summary.separator"), reasons)));
            }
        }
        String summaryZh = summary[Language.ZH.ordinal()];
        String summaryEn = summary[Language.EN.ordinal()];
        return new Decision(township, matter, asOf, outcome, mode, decided.isPositive() ? List.copyOf(obligations) : List.of(),
                List.copyOf(citations), List.copyOf(missing), List.copyOf(fired), fiscal, mandates,
                new Explanation(explained.contributions(), changes, summaryZh, summaryEn), diagnostics, packs);
    }

    /** The outcome and the mode, as a decision's sentence begins. */
    private static String brief(Language l, Outcome outcome, Optional<Mode> mode) {
        return Text.display(outcome, l) + mode.map(m -> SENTENCES.get(l, "summary.mode", Text.display(m, l))).orElse("");
    }

    /** The split of one shared service, from the findings of a run with no matters. */
    public static FiscalSplit assembleSplit(Township township, SharedService service, LocalDate asOf, List<Param> params,
                                            Evaluator.Trace trace, List<PackInfo> packs) {
        Facts facts = Facts.of(township, asOf, params, List.of(service), trace.firings());
        List<Diagnostic> diagnostics = problems(trace);
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
