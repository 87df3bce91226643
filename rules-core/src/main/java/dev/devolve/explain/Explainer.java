package dev.devolve.explain;

import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.drools.RuleInfo;
import dev.devolve.internal.io.Text;
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
import dev.devolve.model.ModeFinding;
import dev.devolve.model.ObligationFinding;
import dev.devolve.model.OutcomeFinding;
import dev.devolve.model.Problem;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.ProvinceTier;
import dev.devolve.model.ServiceShares;
import dev.devolve.model.UnfundedMandate;
import dev.devolve.pack.Citations;
import dev.devolve.result.DutyFinding;
import dev.devolve.result.Mandate;
import dev.devolve.result.RuleContribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The explanation of a run: per rule that fired, what it found, the facts it read, its sentences
 * rendered with those facts and its citations, with the placeholders of a decision filled in.
 */
final class Explainer {

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
            List<String> effects = new ArrayList<>();
            for (Object o : f.inserted()) {
                effects.add(effect(o));
            }
            boolean isDecisive = decisive.test(f);
            String textZh = full ? facts.render(naming(rule.explainZh(), f, true)) : "";
            String textEn = full ? facts.render(naming(rule.explainEn(), f, false)) : "";
            if (isDecisive) {
                zh.add(textZh);
                en.add(textEn);
            }
            contributions.add(new RuleContribution(rule.id(), rule.labelZh(), rule.labelEn(), citations(rule, matter, province),
                    effects, isDecisive, full ? rule.facts().stream().map(facts::describe).toList() : List.of(), textZh, textEn,
                    rule.location()));
        }
        return new Explained(contributions, zh, en);
    }

    /** The sentence with {@link MissingFact#PLACEHOLDER} replaced by the path and name of the fact the firing found missing. */
    private static String naming(String template, Evaluator.Firing f, boolean zh) {
        return f.inserted().stream().filter(MissingFact.class::isInstance).map(o -> ((MissingFact) o).getPath()).findFirst()
                .map(path -> template.replace(MissingFact.PLACEHOLDER, FactTable.byPath(path)
                        .map(x -> zh ? path + "（" + x.zh() + "）" : path + " (" + x.en() + ")").orElse(path)))
                .orElse(template);
    }

    private static String effect(Object finding) {
        if (finding instanceof OutcomeFinding of) {
            return "outcome " + of.getOutcome();
        } else if (finding instanceof MissingFact mf) {
            return "missing " + mf.getPath();
        } else if (finding instanceof ModeFinding mf) {
            return "mode " + mf.getMode();
        } else if (finding instanceof ObligationFinding ob) {
            return "obligation " + ob.getObligation();
        } else if (finding instanceof MatterCost mc) {
            return "cost " + Text.display(mc.getAnnualCost()) + ", county transfer " + Text.display(mc.getCountyTransfer());
        } else if (finding instanceof UnfundedMandate um) {
            return Mandate.CODE + " " + um.getKind() + " " + Text.display(um.getAmount());
        } else if (finding instanceof ProvinceTier pt) {
            return "tier " + pt.getTier();
        } else if (finding instanceof CentralShare cs) {
            return "central share " + Text.display(cs.getShare());
        } else if (finding instanceof ServiceShares ss) {
            return "shares " + Text.display(ss.getShares().values());
        } else if (finding instanceof Problem p) {
            return "problem " + p.getCode();
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
        return finding.getClass().getSimpleName();
    }

    private static List<String> citations(RuleInfo rule, Matter matter, ProvinceStatus province) {
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
