package dev.devolve.explain;

import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.drools.RuleInfo;
import dev.devolve.result.Text;
import dev.devolve.model.AdmissionFinding;
import dev.devolve.model.AdmissionObligationFinding;
import dev.devolve.model.CentralShare;
import dev.devolve.model.ListFinding;
import dev.devolve.model.MissingDutyFact;
import dev.devolve.model.UnfundedDuty;
import dev.devolve.model.FactTable;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCost;
import dev.devolve.model.MissingFact;
import dev.devolve.model.Mode;
import dev.devolve.model.ModeFinding;
import dev.devolve.model.Obligation;
import dev.devolve.model.ObligationFinding;
import dev.devolve.model.Outcome;
import dev.devolve.model.OutcomeFinding;
import dev.devolve.model.Problem;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.ProvinceTier;
import dev.devolve.model.ServiceShares;
import dev.devolve.model.UnfundedMandate;
import dev.devolve.pack.Citations;
import dev.devolve.result.DutyFinding;
import dev.devolve.result.FactValue;
import dev.devolve.result.Mandate;
import dev.devolve.result.RuleContribution;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The explanation of a run: per rule that fired, what it found, the facts it read, its sentences
 * rendered with those facts and its citations, with the placeholders of a decision filled in.
 */
final class Explainer {

    private static final Words SENTENCES = Words.of(Explainer.class, "sentences");
    /** The effects of the commonest findings, by language and word (ordinals), written once. */
    private static final String[][] OUTCOME_EFFECTS = effects("effect.outcome", Outcome.values());
    private static final String[][] MODE_EFFECTS = effects("effect.mode", Mode.values());
    private static final String[][] OBLIGATION_EFFECTS = effects("effect.obligation", Obligation.values());

    private Explainer() {
    }

    /** The contributions of a run, with the sentences of the decisive ones. */
    record Explained(List<RuleContribution> contributions, List<String> decisiveZh, List<String> decisiveEn) {
    }

    static Explained explain(List<Evaluator.Firing> firings, Facts facts, Predicate<Evaluator.Firing> decisive,
                             Matter matter, ProvinceStatus province, boolean full) {
        List<RuleContribution> contributions = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Evaluator.Firing f : firings) {
            RuleInfo rule = f.rule();
            List<String> effects = List.of();
            List<String> effectsZh = List.of();
            if (full) {
                effects = new ArrayList<>();
                effectsZh = new ArrayList<>();
                for (Object o : f.inserted()) {
                    effects.add(effect(o, Language.EN));
                    effectsZh.add(effect(o, Language.ZH));
                }
            }
            boolean isDecisive = decisive.test(f);
            String textZh = full ? facts.render(naming(rule.explainZh(), f, Language.ZH), Language.ZH) : "";
            String textEn = full ? facts.render(naming(rule.explainEn(), f, Language.EN), Language.EN) : "";
            if (isDecisive) {
                zh.add(textZh);
                en.add(textEn);
            }
            contributions.add(new RuleContribution(rule.id(), rule.labelZh(), rule.labelEn(), citations(rule, matter, province),
                    effects, effectsZh, isDecisive, full ? described(rule.facts(), facts) : List.of(), textZh, textEn,
                    rule.location()));
        }
        return new Explained(contributions, zh, en);
    }

    private static List<FactValue> described(List<String> paths, Facts facts) {
        FactValue[] out = new FactValue[paths.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = facts.describe(paths.get(i));
        }
        return List.of(out);
    }

    private static String[][] effects(String key, Enum<?>[] words) {
        String[][] out = new String[Language.values().length][words.length];
        for (Language l : Language.values()) {
            for (Enum<?> w : words) {
                out[l.ordinal()][w.ordinal()] = SENTENCES.get(l, key, Text.display(w, l));
            }
        }
        return out;
    }

    /** The effect of a finding naming one word: from the table, or written out when there is no word. */
    private static String effect(String[][] written, String key, Enum<?> word, Language l) {
        return word == null ? SENTENCES.get(l, key, Text.display(null, l)) : written[l.ordinal()][word.ordinal()];
    }

    /** The sentence with {@link MissingFact#PLACEHOLDER} replaced by the path and name of the fact the firing found missing. */
    private static String naming(String template, Evaluator.Firing f, Language language) {
        if (!template.contains(MissingFact.PLACEHOLDER)) {
            return template;
        }
        return f.inserted().stream().filter(MissingFact.class::isInstance).map(o -> ((MissingFact) o).getPath()).findFirst()
                .map(path -> template.replace(MissingFact.PLACEHOLDER, FactTable.byPath(path)
                        .map(x -> SENTENCES.get(language, "missing.named", path, language == Language.ZH ? x.zh() : x.en()))
                        .orElse(path)))
                .orElse(template);
    }

    private static String effect(Object finding, Language l) {
        if (finding instanceof OutcomeFinding of) {
            return effect(OUTCOME_EFFECTS, "effect.outcome", of.getOutcome(), l);
        } else if (finding instanceof MissingFact mf) {
            return SENTENCES.get(l, "effect.missing", mf.getPath());
        } else if (finding instanceof ModeFinding mf) {
            return effect(MODE_EFFECTS, "effect.mode", mf.getMode(), l);
        } else if (finding instanceof ObligationFinding ob) {
            return effect(OBLIGATION_EFFECTS, "effect.obligation", ob.getObligation(), l);
        } else if (finding instanceof MatterCost mc) {
            return SENTENCES.get(l, "effect.cost", Text.display(mc.getAnnualCost()), Text.display(mc.getCountyTransfer()));
        } else if (finding instanceof UnfundedMandate um) {
            return SENTENCES.get(l, "effect.mandate", Mandate.CODE, Text.display(um.getKind(), l), Text.display(um.getAmount()));
        } else if (finding instanceof ProvinceTier pt) {
            return SENTENCES.get(l, "effect.tier", pt.getTier());
        } else if (finding instanceof CentralShare cs) {
            return SENTENCES.get(l, "effect.centralShare", Text.display(cs.getShare()));
        } else if (finding instanceof ServiceShares ss) {
            return SENTENCES.get(l, "effect.shares", Text.display(ss.getShares().values(), l));
        } else if (finding instanceof Problem p) {
            return SENTENCES.get(l, "effect.problem", p.getCode());
        } else if (finding instanceof ListFinding lf) {
            return "list " + lf.getList() + (lf.isStatutory() ? " (statutory)" : "");
        } else if (finding instanceof MissingDutyFact mf) {
            return "missing " + String.join(", ", mf.getPaths());
        } else if (finding instanceof AdmissionFinding af) {
            return "admission " + af.getAdmission();
        } else if (finding instanceof AdmissionObligationFinding ob) {
            return "obligation " + ob.getObligation();
        } else if (finding instanceof UnfundedDuty ud) {
            return DutyFinding.UNFUNDED_DUTY + " " + Text.display(ud.getAmount());
        }
        // The review's findings say themselves: "review RECALL", "missing usage.from", "EVALUATION_OVERDUE".
        return finding.toString();
    }

    private static List<String> citations(RuleInfo rule, Matter matter, ProvinceStatus province) {
        if (!rule.citations().contains(Citations.PROVINCIAL_DECISION) && !rule.citations().contains(Citations.MATTER_BASIS)) {
            return rule.citations();
        }
        List<String> out = new ArrayList<>();
        for (String c : rule.citations()) {
            if (Citations.PROVINCIAL_DECISION.equals(c) && province != null) {
                out.add(province.getContext().getDocument().orElse(c));
            } else if (Citations.MATTER_BASIS.equals(c) && matter != null && matter.getBasis() != null) {
                out.add(matter.getBasis());
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
