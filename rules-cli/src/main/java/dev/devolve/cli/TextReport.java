package dev.devolve.cli;

import dev.devolve.error.SafeText;
import dev.devolve.model.FactField;
import dev.devolve.model.FactTable;
import dev.devolve.model.Level;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import dev.devolve.result.Change;
import dev.devolve.result.Decision;
import dev.devolve.result.FactValue;
import dev.devolve.result.FiscalSplit;
import dev.devolve.result.FiscalSummary;
import dev.devolve.result.Mandate;
import dev.devolve.result.PackInfo;
import dev.devolve.result.RuleContribution;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders decisions, assessments and splits for people, in English or Chinese; the words are in
 * {@code report.properties} and {@code report_zh.properties} beside this class.
 */
final class TextReport {

    private static final Words WORDS = Words.of(TextReport.class, "report");

    private final Language l;
    private final StringBuilder sb = new StringBuilder();

    private TextReport(Lang lang) {
        this.l = lang.language();
    }

    static String decision(Decision d, Lang lang) {
        return new TextReport(lang).decision(d);
    }

    static String assessment(Assessment a, Lang lang) {
        return new TextReport(lang).assessment(a);
    }

    static String split(FiscalSplit s, Lang lang) {
        return new TextReport(lang).split(s);
    }

    private String decision(Decision d) {
        sb.append(townshipTitle(d.township())).append(" — ").append(orDash(d.matter().getCode())).append(' ')
                .append(orDash(d.matter().getName())).append(" — ").append(w("asOf", d.asOf())).append('\n');
        line("label.outcome", term(d.outcome()));
        d.error().ifPresent(e -> line("label.cutShort", e.toString()));
        line("label.mode", d.mode().map(this::term).orElse("-"));
        line("label.obligations", d.obligations().isEmpty() ? "-"
                : d.obligations().stream().map(this::word).collect(Collectors.joining(w("list.separator"))));
        line("label.citations", d.citations().isEmpty() ? "-" : String.join(w("citation.separator"), d.citations()));
        line("label.missing", d.missing().isEmpty() ? "-" : String.join(w("list.separator"), d.missing()));
        d.fiscal().ifPresent(f -> line("label.money", w("money", yuan(f.annualCost()), yuan(f.countyTransfer()),
                yuan(f.townshipPart()), word(f.payer()))));
        line("label.summary", zh() ? d.explanation().summaryZh() : d.explanation().summaryEn());
        sb.append('\n').append(w("rules")).append('\n');
        for (RuleContribution c : d.explanation().rules()) {
            sb.append("  * ").append(one(c.ruleId())).append("  ").append(one(zh() ? c.labelZh() : c.labelEn()))
                    .append("  [").append(one(String.join(w("citation.separator"), c.citations()))).append(']')
                    .append(c.decisive() ? w("decisive") : "").append('\n');
            sb.append("      ").append(one(zh() ? c.textZh() : c.textEn())).append('\n');
            if (!c.facts().isEmpty()) {
                sb.append("      ").append(w("read")).append(one(c.facts().stream().map(this::fact)
                        .collect(Collectors.joining(w("list.separator"))))).append('\n');
            }
            sb.append("      ").append(w("found")).append(one(String.join(w("list.separator"), zh() ? c.effectsZh() : c.effects())))
                    .append("  (").append(one(c.location().toString())).append(")\n");
        }
        if (!d.explanation().toChange().isEmpty()) {
            sb.append('\n').append(w("toChange")).append('\n');
            for (Change ch : d.explanation().toChange()) {
                sb.append("  - ").append(one(zh() ? ch.textZh() : ch.textEn())).append("  (").append(one(ch.ruleId())).append(")\n");
            }
        }
        d.diagnostics().forEach(g -> sb.append(w("diagnostic")).append(one(g.toString())).append('\n'));
        sb.append('\n').append(w("packs")).append(packs(d.packs())).append('\n');
        if (!d.township().getSyntheticFacts().isEmpty()) {
            sb.append(w("synthetic.note")).append('\n');
        }
        return sb.toString();
    }

    private String assessment(Assessment a) {
        List<PackInfo> packs = a.decisions().isEmpty() ? List.of() : a.decisions().get(0).packs();
        sb.append(townshipTitle(a.township())).append(" · ").append(w("asOf", a.asOf()))
                .append(" · ").append(w("assessment.packs", packs(packs))).append('\n');
        sb.append(w("assessment.facts")).append(one(townshipFacts(a.township()))).append('\n');
        sb.append(w("assessment.matters", a.decisions().size())).append(a.counts().entrySet().stream()
                .map(e -> w("assessment.count", word(e.getKey()), e.getValue())).collect(Collectors.joining(w("list.separator"))))
                .append("\n\n");
        sb.append(String.format("%-8s %-18s %-13s %s%n", (Object[]) w("assessment.header").split("\\|")));
        for (Decision d : a.decisions()) {
            sb.append(String.format("%-8s %-18s %-13s %s — %s [%s]%n", orDash(d.matter().getCode()), word(d.outcome()),
                    d.mode().map(this::word).orElse("-"), orDash(d.matter().getName()), one(reason(d)),
                    one(String.join(w("citation.separator"), d.citations()))));
        }
        FiscalSummary f = a.fiscal();
        sb.append('\n').append(w("assessment.money", f.items().size(), yuan(f.totalCost()), yuan(f.totalTownship()),
                yuan(f.totalTransfer()))).append('\n');
        for (Mandate m : f.mandates()) {
            sb.append("  ").append(w("assessment.mandate", Mandate.CODE, one(m.matterCode()), word(m.kind()), yuan(m.amount()),
                    one(zh() ? m.textZh() : m.textEn()), one(String.join(w("citation.separator"), m.citations())))).append('\n');
        }
        if (!f.mandates().isEmpty()) {
            sb.append(w("assessment.unfunded", yuan(f.totalUnfunded()))).append('\n');
        }
        if (!a.township().getSyntheticFacts().isEmpty()) {
            sb.append('\n').append(w("synthetic.note")).append('\n');
        }
        return sb.toString();
    }

    private String split(FiscalSplit s) {
        sb.append(w("split.title", townshipTitle(s.township()), s.service().getCategory(), s.service().getCategory().zh(),
                word(s.service().getSharing()), s.service().getAmount().toPlainString(), s.asOf())).append('\n');
        s.tier().ifPresent(t -> sb.append(w("split.tier", t)).append('\n'));
        if (s.factorFormula()) {
            sb.append(w("split.factor")).append('\n');
        }
        if (s.isComplete()) {
            sb.append(String.format("%-10s %-12s %s%n", (Object[]) w("split.header").split("\\|")));
            for (Level level : Level.values()) {
                sb.append(String.format("%-10s %-12s %s%n", zh() ? word(level) : level.word(),
                        s.shares().get(level).stripTrailingZeros().toPlainString(), yuan(s.amounts().get(level))));
            }
            sb.append(String.format("%-10s %-12s %s%n", w("split.total"), "1", yuan(s.service().getAmount())));
        }
        sb.append('\n').append(w("split.rules")).append('\n');
        for (RuleContribution c : s.explanation().rules()) {
            sb.append("  * ").append(one(c.ruleId())).append("  ").append(one(zh() ? c.labelZh() : c.labelEn()))
                    .append("  [").append(one(String.join(w("citation.separator"), c.citations()))).append("]\n");
            sb.append("      ").append(one(zh() ? c.textZh() : c.textEn())).append('\n');
            String params = c.facts().stream().filter(f -> f.since().isPresent()).map(this::fact)
                    .collect(Collectors.joining(w("list.separator")));
            if (!params.isEmpty()) {
                sb.append("      ").append(w("split.parameters")).append(one(params)).append('\n');
            }
        }
        sb.append('\n').append(w("packs")).append(packs(s.packs())).append('\n');
        return sb.toString();
    }

    private String reason(Decision d) {
        List<String> labels = new ArrayList<>();
        for (RuleContribution c : d.explanation().decisive()) {
            labels.add(zh() ? c.labelZh() : c.labelEn());
        }
        if (d.isError()) {
            return w("assessment.cutShort", d.error().map(Object::toString).orElse(""));
        }
        if (labels.isEmpty()) {
            return d.outcome() == Outcome.RETAIN && !d.diagnostics().isEmpty() ? d.diagnostics().get(0).toString() : "-";
        }
        return String.join(" + ", labels);
    }

    /** The township as a title line names it, in {@code lang}. */
    static String townshipTitle(Township t, Lang lang) {
        return new TextReport(lang).townshipTitle(t);
    }

    private String townshipTitle(Township t) {
        return w("township", orDash(t.getName()), orDash(t.getCode()),
                t.getKind() == null ? w("township.kindUnknown") : word(t.getKind()));
    }

    /** The township's facts other than code, name and kind: by key in English, by Chinese name in Chinese. */
    private String townshipFacts(Township t) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : t.facts().entrySet()) {
            String path = e.getKey();
            if (path.equals("township.code") || path.equals("township.name") || path.equals("township.kind")) {
                continue;
            }
            FactValue v = new FactValue(path, Optional.ofNullable(e.getValue()), t.getSyntheticFacts().contains(path),
                    Optional.empty(), Optional.empty());
            String name = zh() ? FactTable.byPath(path).map(FactField::zh).orElse(path) : path.substring("township.".length());
            parts.add(w("assessment.fact", name, v.display(l)) + (v.synthetic() ? " " + w("synthetic") : ""));
        }
        return String.join(w("list.separator"), parts);
    }

    private String fact(FactValue f) {
        return f.path() + " = " + f.display(l) + (f.synthetic() ? " " + w("synthetic") : "") + f.since().map(s -> w("since", s)).orElse("");
    }

    /** An enum word: its code in English, its Chinese name with the code beside it in Chinese. */
    private String word(Enum<?> e) {
        return Words.named(e, l);
    }

    /** An outcome or mode with both names: {@code RETAIN (保留在县级)}, or {@code 保留在县级（RETAIN）}. */
    private String term(Enum<?> e) {
        return w("term", e.name(), Words.term(e));
    }

    static String packs(List<PackInfo> packs) {
        return one(packs.stream().map(p -> p.id() + " " + p.version() + " (" + p.contentHash().substring(0, 12) + ")")
                .collect(Collectors.joining(", ")));
    }

    private void line(String label, String value) {
        String text = w(label);
        sb.append(zh() ? text + "：" + one(value) + "\n" : String.format("%-13s %s%n", text + ":", one(value)));
    }

    private boolean zh() {
        return l == Language.ZH;
    }

    private String w(String key, Object... args) {
        return WORDS.get(l, key, args);
    }

    /** Money to the fen: {@code 36000.00}. */
    private static String yuan(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : one(s);
    }

    /** A value on one line: control characters escaped, so no value can start an output line of its own. */
    private static String one(String s) {
        return SafeText.line(s);
    }
}
