package dev.devolve.explain;

import dev.devolve.error.Diagnostic;
import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.drools.Requirement;
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
import dev.devolve.model.Township;
import dev.devolve.model.UnfundedMandate;
import dev.devolve.result.Change;
import dev.devolve.result.Decision;
import dev.devolve.result.Explanation;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the findings recorded for one matter into its decision: the most restrictive outcome
 * wins, mode, obligations and money count only for DELEGATE and ELIGIBLE, and the explanation
 * lists every rule that fired with the facts it read and, unless the matter is delegated, what
 * would have to change. A shared service's split is {@link SplitAssembler}'s.
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
        List<Diagnostic> out = new ArrayList<>();
        // Nearly every run has none: copying the empty list would still allocate.
        if (!trace.diagnostics().isEmpty()) {
            out.addAll(trace.diagnostics());
        }
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
        Explainer.Explained explained = Explainer.explain(trace.firings(), facts, f -> !failed && decides(f, decided), matter, province, full);

        Set<String> citations = new LinkedHashSet<>();
        Set<String> fired = new LinkedHashSet<>();
        List<Change> changes = new ArrayList<>();
        List<Mandate> mandates = new ArrayList<>();
        for (int i = 0; i < trace.firings().size(); i++) {
            Evaluator.Firing f = trace.firings().get(i);
            RuleContribution c = explained.contributions().get(i);
            fired.add(c.ruleId());
            if (c.decisive() || decided.isPositive() && shapes(f, chosenMode)) {
                citations.addAll(c.citations());
            }
            if (full && decided != Outcome.DELEGATE && !cutShort && blocks(f)) {
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
            if (cutShort) {
                Diagnostic cause = run.cutShort().get();
                summary[l.ordinal()] = SENTENCES.get(l, "summary.cutShort", Text.display(outcome, l), cause.code(), cause.message());
            } else if (failed) {
                summary[l.ordinal()] = SENTENCES.get(l, "summary.failed", Text.display(outcome, l));
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

    /** Whether the firing found the outcome decided (or, for INSUFFICIENT_FACTS, a missing fact). */
    private static boolean decides(Evaluator.Firing f, Outcome decided) {
        for (Object o : f.inserted()) {
            if (o instanceof OutcomeFinding of && of.getOutcome() == decided || o instanceof MissingFact && decided == Outcome.INSUFFICIENT_FACTS) {
                return true;
            }
        }
        return false;
    }

    /** Whether the firing set the chosen mode, an obligation or the money of a delegated matter. */
    private static boolean shapes(Evaluator.Firing f, Optional<Mode> chosen) {
        for (Object o : f.inserted()) {
            if (o instanceof ModeFinding mf && chosen.isPresent() && chosen.get() == mf.getMode()
                    || o instanceof ObligationFinding || o instanceof MatterCost) {
                return true;
            }
        }
        return false;
    }

    /** Whether the firing proposed an outcome short of DELEGATE. */
    private static boolean blocks(Evaluator.Firing f) {
        for (Object o : f.inserted()) {
            if (o instanceof OutcomeFinding of && of.getOutcome() != Outcome.DELEGATE) {
                return true;
            }
        }
        return false;
    }

    /** The outcome and the mode, as a decision's sentence begins. */
    private static String brief(Language l, Outcome outcome, Optional<Mode> mode) {
        return Text.display(outcome, l) + mode.map(m -> SENTENCES.get(l, "summary.mode", Text.display(m, l))).orElse("");
    }
}
