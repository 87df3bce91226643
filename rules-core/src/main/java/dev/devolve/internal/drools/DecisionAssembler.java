package dev.devolve.internal.drools;

import dev.devolve.api.Change;
import dev.devolve.api.Citations;
import dev.devolve.api.Decision;
import dev.devolve.api.Diagnostic;
import dev.devolve.api.DutyFinding;
import dev.devolve.api.Explanation;
import dev.devolve.api.FactValue;
import dev.devolve.api.FiscalSplit;
import dev.devolve.api.InputLimits;
import dev.devolve.api.Mandate;
import dev.devolve.api.MatterFiscal;
import dev.devolve.api.PackInfo;
import dev.devolve.api.RuleContribution;
import dev.devolve.internal.io.Text;
import dev.devolve.model.AdmissionFinding;
import dev.devolve.model.AdmissionObligationFinding;
import dev.devolve.model.CentralShare;
import dev.devolve.model.DerivedFacts;
import dev.devolve.model.Level;
import dev.devolve.model.ListFinding;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCost;
import dev.devolve.model.MissingDutyFact;
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
import dev.devolve.model.UnfundedDuty;
import dev.devolve.model.UnfundedMandate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the findings recorded for one request into a result. For a matter: the most restrictive
 * outcome wins, mode, obligations and money count only for DELEGATE and ELIGIBLE, and the
 * explanation lists every rule that fired with the facts it read and, unless the matter is
 * delegated, what would have to change. For a shared service: the shares and amounts, with the
 * rules and parameters that set them.
 */
public final class DecisionAssembler {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    /** A run stopped by its limits may have fired a rule millions of times; explain the start of it. */
    private static final int FIRINGS_SHOWN_WHEN_STOPPED = 50;

    private DecisionAssembler() {
    }

    /** The facts of one request, by path, for metadata to name. */
    record Facts(Map<String, Object> values, Map<String, Param> params, Set<String> synthetic) {

        static Facts of(Township township, LocalDate asOf, List<Param> params, List<?> others, List<Evaluator.Firing> firings) {
            Map<String, Object> values = new HashMap<>(township.facts());
            values.put(FactPaths.AS_OF, asOf);
            for (Object o : others) {
                if (o instanceof Matter m) {
                    values.putAll(m.facts());
                } else if (o instanceof ProvinceStatus p) {
                    values.putAll(p.facts());
                } else if (o instanceof SharedService s) {
                    values.putAll(s.facts());
                } else if (o instanceof DerivedFacts d) {
                    values.putAll(d.facts());
                }
            }
            for (Evaluator.Firing f : firings) {
                for (Object o : f.inserted()) {
                    if (o instanceof DerivedFacts d) {
                        values.putAll(d.facts());
                    }
                }
            }
            Map<String, Param> byName = new HashMap<>();
            params.forEach(p -> byName.put(p.getName(), p));
            return new Facts(values, byName, township.getSyntheticFacts());
        }

        Optional<Object> value(String path) {
            Param p = params.get(path);
            if (p != null) {
                return Optional.of(p.getValue());
            }
            return Optional.ofNullable(values.get(path));
        }

        FactValue describe(String path) {
            Param p = params.get(path);
            if (p != null) {
                return new FactValue(path, Optional.of(p.getValue()), false, Optional.of(p.getSince()), Optional.of(p.getProvenance()));
            }
            return new FactValue(path, Optional.ofNullable(values.get(path)), synthetic.contains(path), Optional.empty(), Optional.empty());
        }

        String render(String template) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(describe(m.group(1)).display()));
            }
            m.appendTail(sb);
            return sb.toString();
        }
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
            String textZh = full ? facts.render(rule.explainZh()) : "";
            String textEn = full ? facts.render(rule.explainEn()) : "";
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

    private static List<Diagnostic> problems(Evaluator.Trace trace) {
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
        Explained explained = explain(trace.firings(), facts, f -> !failed && f.inserted().stream().anyMatch(o ->
                o instanceof OutcomeFinding of && of.getOutcome() == decided
                        || o instanceof MissingFact && decided == Outcome.INSUFFICIENT_FACTS), matter, province, full);

        Set<String> citations = new LinkedHashSet<>();
        List<String> fired = new ArrayList<>();
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
                    changes.add(change(c.ruleId(), r, facts));
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
                String owner = explained.contributions().stream().filter(c -> c.effects().contains("missing " + path))
                        .map(RuleContribution::ruleId).findFirst().orElse("");
                changes.add(new Change(owner, path, Optional.empty(), "given", Optional.empty(),
                        "须提供 " + path, path + " must be given"));
            }
        }
        String modeEn = mode.map(m -> " (mode " + m + ")").orElse("");
        String modeZh = mode.map(m -> "（" + m.zh() + "）").orElse("");
        String summaryEn = outcome + modeEn + (explained.decisiveEn().isEmpty() ? "" : ": " + String.join("; ", explained.decisiveEn()));
        String summaryZh = outcome.zh() + modeZh + (explained.decisiveZh().isEmpty() ? "" : "：" + String.join("；", explained.decisiveZh()));
        if (cutShort) {
            Diagnostic cause = run.cutShort().get();
            summaryEn = outcome + ": the decision was cut short (" + cause.code() + "): " + cause.message();
            summaryZh = outcome.zh() + "：决定被中断（" + cause.code() + "），见诊断信息";
        } else if (failed) {
            summaryEn = outcome + ": the decision could not be completed; see diagnostics";
            summaryZh = outcome.zh() + "：决定未能完成，见诊断信息";
        }
        return new Decision(township, matter, asOf, outcome, mode, decided.isPositive() ? List.copyOf(obligations) : List.of(),
                List.copyOf(citations), List.copyOf(missing), fired.stream().distinct().toList(), fiscal, mandates,
                new Explanation(explained.contributions(), changes, summaryZh, summaryEn), diagnostics, packs);
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
        Explained explained = explain(trace.firings(), facts, f -> f.inserted().stream().anyMatch(o ->
                o instanceof CentralShare || o instanceof ServiceShares || o instanceof Problem), null, null, true);
        String summaryEn;
        String summaryZh;
        if (failed) {
            summaryEn = "no split: " + diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                    .map(Diagnostic::message).findFirst().orElse("see diagnostics");
            summaryZh = "未能分摊：见诊断信息";
        } else {
            StringBuilder en = new StringBuilder();
            StringBuilder zh = new StringBuilder();
            for (Level l : Level.values()) {
                BigDecimal amount = shares.getAmounts().get(l);
                en.append(en.length() == 0 ? "" : ", ").append(l.word()).append(' ').append(Text.display(shares.getShares().get(l)))
                        .append(" = ").append(amount.toPlainString());
                zh.append(zh.length() == 0 ? "" : "，").append(l.zh()).append(' ').append(Text.display(shares.getShares().get(l)))
                        .append(" = ").append(amount.toPlainString()).append(" 元");
            }
            summaryEn = service.getCategory() + " " + service.getAmount().toPlainString() + " yuan: " + en;
            summaryZh = service.getCategory().zh() + " " + service.getAmount().toPlainString() + " 元：" + zh;
        }
        return new FiscalSplit(township, service, asOf, Optional.ofNullable(tier),
                failed ? Map.of() : shares.getShares(), failed ? Map.of() : shares.getAmounts(), factor,
                new Explanation(explained.contributions(), List.of(), summaryZh, summaryEn), diagnostics, packs);
    }

    private static Change change(String ruleId, Requirement r, Facts facts) {
        Optional<Object> actual = facts.value(r.fact());
        Optional<Object> required = r.operandIsPath() ? facts.value(r.operand()) : Optional.of(literal(r.operand()));
        String a = actual.map(Text::display).orElse("unknown");
        String q = required.map(Text::display).orElse("unknown");
        String en;
        String zh;
        switch (r.operator()) {
            case ">=", ">", "<=", "<" -> {
                en = r.fact() + " " + a + " " + negate(r.operator()) + " " + q + " (needs " + r.operator() + " " + q + ")";
                zh = r.fact() + " 当前为 " + a + "，须 " + r.operator() + " " + q;
            }
            case "contains" -> {
                en = r.fact() + " " + a + " does not contain " + q;
                zh = r.fact() + " " + a + " 须包含 " + q;
            }
            case "!=" -> {
                en = r.fact() + " is " + a + ", needs to be other than " + q;
                zh = r.fact() + " 当前为 " + a + "，须不为 " + q;
            }
            default -> {
                en = r.fact() + " is " + a + ", needs to be " + q;
                zh = r.fact() + " 当前为 " + a + "，须为 " + q;
            }
        }
        return new Change(ruleId, r.fact(), actual, r.operator(), required, zh, en);
    }

    private static String negate(String op) {
        return switch (op) {
            case ">=" -> "<";
            case ">" -> "<=";
            case "<=" -> ">";
            default -> ">=";
        };
    }

    private static Object literal(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        try {
            return InputLimits.number(text);
        } catch (IllegalArgumentException e) {
            // Not a number within the input limits: an enum word or other text, kept as written.
            return text;
        }
    }
}
