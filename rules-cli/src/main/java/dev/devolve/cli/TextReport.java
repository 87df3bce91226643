package dev.devolve.cli;

import dev.devolve.error.SafeText;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders decisions and assessments for people (text) and spreadsheets (CSV). */
final class TextReport {

    private static final String SYNTHETIC_NOTE_EN =
            "[synthetic] marks township facts generated from the code with a fixed seed, not observed.";
    private static final String SYNTHETIC_NOTE_ZH = "[synthetic] 表示按区划代码以固定种子生成的乡镇属性（合成数据），并非实际观测值。";

    private TextReport() {
    }

    static String decision(Decision d, Lang lang) {
        boolean zh = lang == Lang.zh;
        StringBuilder sb = new StringBuilder();
        sb.append(townshipTitle(d.township())).append(" — ").append(orDash(d.matter().getCode())).append(' ')
                .append(orDash(d.matter().getName())).append(" — ").append(zh ? "决定日期 " : "as of ").append(d.asOf()).append('\n');
        line(sb, zh ? "结果" : "Outcome", d.outcome() + " (" + d.outcome().zh() + ")");
        d.error().ifPresent(e -> line(sb, zh ? "中断原因" : "Cut short", e.toString()));
        line(sb, zh ? "方式" : "Mode", d.mode().map(m -> m + " (" + m.zh() + ")").orElse("-"));
        line(sb, zh ? "义务" : "Obligations", d.obligations().isEmpty() ? "-"
                : d.obligations().stream().map(Enum::name).collect(Collectors.joining(", ")));
        line(sb, zh ? "依据" : "Citations", d.citations().isEmpty() ? "-" : String.join("; ", d.citations()));
        line(sb, zh ? "缺少事实" : "Missing", d.missing().isEmpty() ? "-" : String.join(", ", d.missing()));
        d.fiscal().ifPresent(f -> line(sb, zh ? "经费" : "Money", (zh ? "年成本 " : "annual cost ") + yuan(f.annualCost())
                + (zh ? " 元，县级转移 " : " yuan, county transfer ") + yuan(f.countyTransfer())
                + (zh ? " 元，乡镇承担 " : " yuan, township part ") + yuan(f.townshipPart()) + " (" + f.payer() + ")"));
        line(sb, zh ? "摘要" : "Summary", zh ? d.explanation().summaryZh() : d.explanation().summaryEn());
        sb.append('\n').append(zh ? "参与决定的规则：" : "Rules that contributed:").append('\n');
        for (RuleContribution c : d.explanation().rules()) {
            sb.append("  * ").append(one(c.ruleId())).append("  ").append(one(zh ? c.labelZh() : c.labelEn()))
                    .append("  [").append(one(String.join("; ", c.citations()))).append(']')
                    .append(c.decisive() ? (zh ? "  （决定性）" : "  (decisive)") : "").append('\n');
            sb.append("      ").append(one(zh ? c.textZh() : c.textEn())).append('\n');
            if (!c.facts().isEmpty()) {
                sb.append("      ").append(zh ? "事实：" : "read: ").append(one(c.facts().stream().map(TextReport::fact)
                        .collect(Collectors.joining(", ")))).append('\n');
            }
            sb.append("      ").append(zh ? "效果：" : "found: ").append(one(String.join(", ", c.effects()))).append("  (")
                    .append(one(c.location().toString())).append(")\n");
        }
        if (!d.explanation().toChange().isEmpty()) {
            sb.append('\n').append(zh ? "要改变结果，需要：" : "What would have to change:").append('\n');
            for (Change ch : d.explanation().toChange()) {
                sb.append("  - ").append(one(zh ? ch.textZh() : ch.textEn())).append("  (").append(one(ch.ruleId())).append(")\n");
            }
        }
        d.diagnostics().forEach(g -> sb.append(zh ? "诊断：" : "Diagnostic: ").append(one(g.toString())).append('\n'));
        sb.append('\n').append(zh ? "规则包：" : "Packs: ").append(packs(d.packs())).append('\n');
        if (!d.township().getSyntheticFacts().isEmpty()) {
            sb.append(zh ? SYNTHETIC_NOTE_ZH : SYNTHETIC_NOTE_EN).append('\n');
        }
        return sb.toString();
    }

    static String assessment(Assessment a, Lang lang) {
        boolean zh = lang == Lang.zh;
        StringBuilder sb = new StringBuilder();
        List<PackInfo> packs = a.decisions().isEmpty() ? List.of() : a.decisions().get(0).packs();
        sb.append(townshipTitle(a.township())).append(" · ").append(zh ? "决定日期 " : "as of ").append(a.asOf())
                .append(" · ").append(zh ? "规则包 " : "packs ").append(packs(packs)).append('\n');
        sb.append(zh ? "乡镇事实：" : "Township facts: ").append(one(townshipFacts(a.township()))).append('\n');
        sb.append(a.decisions().size()).append(zh ? " 个事项：" : " matters: ").append(a.counts().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append("\n\n");
        sb.append(String.format("%-8s %-18s %-13s %s%n", "CODE", "OUTCOME", "MODE", zh ? "事项 — 理由 [依据]" : "MATTER — REASON [CITATION]"));
        for (Decision d : a.decisions()) {
            sb.append(String.format("%-8s %-18s %-13s %s — %s [%s]%n", orDash(d.matter().getCode()), d.outcome(),
                    d.mode().map(Enum::name).orElse("-"), orDash(d.matter().getName()), one(reason(d, zh)),
                    one(String.join("; ", d.citations()))));
        }
        FiscalSummary f = a.fiscal();
        sb.append('\n').append(zh ? "钱随事转：" : "Money follows the matter: ").append(f.items().size())
                .append(zh ? " 个事项，年成本 " : " matters, annual cost ").append(yuan(f.totalCost()))
                .append(zh ? " 元，乡镇承担 " : " yuan, township part ").append(yuan(f.totalTownship()))
                .append(zh ? " 元，县级转移支付 " : " yuan, county transfers ").append(yuan(f.totalTransfer()))
                .append(zh ? " 元" : " yuan").append('\n');
        for (Mandate m : f.mandates()) {
            sb.append("  ").append(Mandate.CODE).append(' ').append(one(m.matterCode())).append(' ').append(m.kind()).append(' ')
                    .append(yuan(m.amount())).append(zh ? " 元：" : " yuan: ").append(one(zh ? m.textZh() : m.textEn()))
                    .append(" [").append(one(String.join("; ", m.citations()))).append("]\n");
        }
        if (!f.mandates().isEmpty()) {
            sb.append(zh ? "未获保障合计 " : "Unfunded in all: ").append(yuan(f.totalUnfunded())).append(zh ? " 元\n" : " yuan\n");
        }
        if (!a.township().getSyntheticFacts().isEmpty()) {
            sb.append('\n').append(zh ? SYNTHETIC_NOTE_ZH : SYNTHETIC_NOTE_EN).append('\n');
        }
        return sb.toString();
    }

    static String split(FiscalSplit s, Lang lang) {
        boolean zh = lang == Lang.zh;
        StringBuilder sb = new StringBuilder();
        sb.append(townshipTitle(s.township())).append(" — ").append(s.service().getCategory()).append(" (")
                .append(s.service().getCategory().zh()).append("), ").append(s.service().getSharing()).append(", ")
                .append(s.service().getAmount().toPlainString()).append(zh ? " 元 — 日期 " : " yuan — as of ").append(s.asOf()).append('\n');
        s.tier().ifPresent(t -> sb.append(zh ? "档次：第 " + t + " 档" : "Tier: " + t).append('\n'));
        if (s.factorFormula()) {
            sb.append(zh ? "中央转移支付按因素法分配，此处只分摊地方部分。" : "The central transfer follows a factor formula; only the local part is split here.")
                    .append('\n');
        }
        if (s.isComplete()) {
            sb.append(String.format("%-10s %-12s %s%n", zh ? "层级" : "LEVEL", zh ? "份额" : "SHARE", zh ? "金额（元）" : "AMOUNT (yuan)"));
            for (Level l : Level.values()) {
                sb.append(String.format("%-10s %-12s %s%n", zh ? l.zh() : l.word(),
                        s.shares().get(l).stripTrailingZeros().toPlainString(), yuan(s.amounts().get(l))));
            }
            sb.append(String.format("%-10s %-12s %s%n", zh ? "合计" : "total", "1", yuan(s.service().getAmount())));
        }
        sb.append('\n').append(zh ? "参与的规则：" : "Rules that contributed:").append('\n');
        for (RuleContribution c : s.explanation().rules()) {
            sb.append("  * ").append(one(c.ruleId())).append("  ").append(one(zh ? c.labelZh() : c.labelEn()))
                    .append("  [").append(one(String.join("; ", c.citations()))).append("]\n");
            sb.append("      ").append(one(zh ? c.textZh() : c.textEn())).append('\n');
            String params = c.facts().stream().filter(f -> f.since().isPresent()).map(TextReport::fact).collect(Collectors.joining(", "));
            if (!params.isEmpty()) {
                sb.append("      ").append(zh ? "参数：" : "parameters: ").append(one(params)).append('\n');
            }
        }
        sb.append('\n').append(zh ? "规则包：" : "Packs: ").append(packs(s.packs())).append('\n');
        return sb.toString();
    }

    private static String reason(Decision d, boolean zh) {
        List<String> labels = new ArrayList<>();
        for (RuleContribution c : d.explanation().decisive()) {
            labels.add(zh ? c.labelZh() : c.labelEn());
        }
        if (d.isError()) {
            return (zh ? "决定被中断：" : "cut short: ") + d.error().map(Object::toString).orElse("");
        }
        if (labels.isEmpty()) {
            return d.outcome() == Outcome.RETAIN && !d.diagnostics().isEmpty() ? d.diagnostics().get(0).toString() : "-";
        }
        return String.join(" + ", labels);
    }

    static String townshipTitle(Township t) {
        return orDash(t.getName()) + " (" + orDash(t.getCode()) + ", " + (t.getKind() == null ? "kind unknown" : t.getKind()) + ")";
    }

    private static String townshipFacts(Township t) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : t.facts().entrySet()) {
            String path = e.getKey();
            if (path.equals("township.code") || path.equals("township.name") || path.equals("township.kind")) {
                continue;
            }
            FactValue v = new FactValue(path, Optional.ofNullable(e.getValue()), t.getSyntheticFacts().contains(path),
                    Optional.empty(), Optional.empty());
            parts.add(path.substring("township.".length()) + " " + v.display() + (v.synthetic() ? " [synthetic]" : ""));
        }
        return String.join(", ", parts);
    }

    private static String fact(FactValue f) {
        return f.path() + " = " + f.display() + (f.synthetic() ? " [synthetic]" : "")
                + f.since().map(s -> " (since " + s + ")").orElse("");
    }

    static String packs(List<PackInfo> packs) {
        return one(packs.stream().map(p -> p.id() + " " + p.version() + " (" + p.contentHash().substring(0, 12) + ")")
                .collect(Collectors.joining(", ")));
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format("%-13s %s%n", label + ":", one(value)));
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
