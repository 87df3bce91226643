package dev.devolve.cli;

import dev.devolve.result.AdmissionDecision;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyFinding;
import dev.devolve.result.DutyLists;
import dev.devolve.input.ListDeviation;
import dev.devolve.result.RuleContribution;
import dev.devolve.error.SafeText;
import dev.devolve.model.DutyList;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders duty lists, deviations from a published list and admissions for people. */
final class DutyReport {

    private DutyReport() {
    }

    static String lists(DutyLists l, List<ListDeviation> deviations, Lang lang) {
        boolean zh = lang == Lang.zh;
        StringBuilder sb = new StringBuilder();
        sb.append(TextReport.townshipTitle(l.township(), lang)).append(" · ").append(zh ? "履职事项清单，日期 " : "duty lists as of ").append(l.asOf())
                .append(" · ").append(zh ? "规则包 " : "packs ").append(TextReport.packs(l.packs())).append('\n');
        sb.append(l.decisions().size()).append(zh ? " 个事项：" : " duties: ").append(l.counts().entrySet().stream()
                .map(e -> (zh ? Words.named(e.getKey(), Language.ZH) : e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        for (DutyList list : l.counts().keySet()) {
            List<DutyDecision> on = l.on(list);
            if (on.isEmpty()) {
                continue;
            }
            sb.append('\n').append(both(list, zh)).append(" — ").append(on.size()).append('\n');
            for (DutyDecision d : on) {
                sb.append("  ").append(one(d.duty().getCode())).append("  ").append(one(d.duty().getName()))
                        .append(d.lead().map(x -> (zh ? "  牵头/承接：" : "  lead: ") + one(x)).orElse(""))
                        .append(d.missing().isEmpty() ? "" : (zh ? "  缺少：" : "  missing: ") + one(String.join(", ", d.missing())))
                        .append('\n');
                sb.append("      ").append(one(reason(d, zh))).append("  [").append(one(String.join("; ", d.citations()))).append("]\n");
            }
        }
        if (!deviations.isEmpty()) {
            sb.append('\n').append(zh ? "与公布清单不一致（LIST_DEVIATES）：" : "Deviations from the published list (LIST_DEVIATES): ")
                    .append(deviations.size()).append('\n');
            for (ListDeviation d : deviations) {
                DutyFinding f = d.finding();
                sb.append("  ").append(one(d.tested().duty().getCode())).append("  ").append(d.published()).append(" → ").append(d.byTests())
                        .append("  ").append(one(zh ? f.textZh() : f.textEn())).append('\n');
            }
            sb.append(summary(deviations, zh));
        }
        if (!l.township().getSyntheticFacts().isEmpty()) {
            sb.append('\n').append(zh ? "[synthetic] 乡镇属性（含监管对象）为按区划代码生成的合成数据。"
                    : "[synthetic] the township's facts (its objects included) are generated from its code, not observed.").append('\n');
        }
        return sb.toString();
    }

    /** A list or outcome word with both names: {@code BASIC (基本履职事项)}, or {@code 基本履职事项（BASIC）} in Chinese. */
    private static String both(Enum<?> word, boolean zh) {
        return zh ? Words.named(word, Language.ZH) : word + " (" + Words.term(word) + ")";
    }

    /** Deviations counted by published list, tested list and the tests' reasons, most frequent first. */
    static String summary(List<ListDeviation> deviations, boolean zh) {
        Map<String, Integer> byReason = new TreeMap<>();
        for (ListDeviation d : deviations) {
            byReason.merge(d.published() + " → " + d.byTests() + " (" + String.join(", ", d.reasons()) + ")", 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder(zh ? "按理由汇总：\n" : "By reason:\n");
        byReason.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> sb.append(String.format("  %5d  %s%n", e.getValue(), one(e.getKey()))));
        return sb.toString();
    }

    static String admission(AdmissionDecision a, Lang lang) {
        boolean zh = lang == Lang.zh;
        StringBuilder sb = new StringBuilder();
        sb.append(TextReport.townshipTitle(a.township(), lang)).append(" — ").append(one(a.proposal().getDuty().getCode())).append(' ')
                .append(one(String.valueOf(a.proposal().getDuty().getName()))).append(" — ").append(zh ? "决定日期 " : "as of ")
                .append(a.asOf()).append('\n');
        line(sb, zh ? "准入" : "Admission", both(a.admission(), zh));
        a.error().ifPresent(e -> line(sb, zh ? "中断原因" : "Cut short", e.toString()));
        line(sb, zh ? "清单判断" : "Would be", both(a.wouldBe(), zh) + (a.inCatalog() ? "" : zh ? "，不在事项目录中" : ", not in the catalog"));
        line(sb, zh ? "义务" : "Obligations", a.obligations().isEmpty() ? "-" : a.obligations().stream().map(Enum::name).collect(Collectors.joining(", ")));
        line(sb, zh ? "依据" : "Citations", a.citations().isEmpty() ? "-" : String.join("; ", a.citations()));
        line(sb, zh ? "缺少事实" : "Missing", a.missing().isEmpty() ? "-" : String.join(", ", a.missing()));
        for (DutyFinding f : a.findings()) {
            line(sb, f.kind(), f.amount().map(x -> x.toPlainString() + (zh ? " 元：" : " yuan: ")).orElse("") + (zh ? f.textZh() : f.textEn()));
        }
        line(sb, zh ? "摘要" : "Summary", zh ? a.explanation().summaryZh() : a.explanation().summaryEn());
        line(sb, zh ? "清单理由" : "List reason", zh ? a.duty().explanation().summaryZh() : a.duty().explanation().summaryEn());
        sb.append('\n').append(zh ? "参与决定的规则：" : "Rules that contributed:").append('\n');
        for (RuleContribution c : a.explanation().rules()) {
            sb.append("  * ").append(one(c.ruleId())).append("  ").append(one(zh ? c.labelZh() : c.labelEn())).append("  [")
                    .append(one(String.join("; ", c.citations()))).append(']').append(c.decisive() ? (zh ? "  （决定性）" : "  (decisive)") : "")
                    .append('\n').append("      ").append(one(zh ? c.textZh() : c.textEn())).append('\n');
        }
        return sb.toString();
    }

    private static String reason(DutyDecision d, boolean zh) {
        if (d.isError()) {
            return (zh ? "决定被中断：" : "cut short: ") + d.error().map(Object::toString).orElse("");
        }
        return d.explanation().decisive().stream().map(c -> zh ? c.textZh() : c.textEn()).filter(s -> !s.isEmpty())
                .collect(Collectors.collectingAndThen(Collectors.joining("; "), s -> s.isEmpty() ? String.join(", ", d.reasons()) : s));
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format("%-13s %s%n", label + ":", one(value)));
    }

    private static String one(String s) {
        return SafeText.line(s);
    }
}
