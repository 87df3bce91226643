package dev.devolve.cli;

import dev.devolve.api.PolicyEngine;
import dev.devolve.result.RuleDescription;
import dev.devolve.error.SafeText;
import dev.devolve.model.FactField;
import dev.devolve.model.FactTable;
import dev.devolve.model.DutyItem;
import dev.devolve.model.Matter;
import dev.devolve.pack.DutyCatalogEntry;
import dev.devolve.pack.Parameter;
import dev.devolve.pack.ParameterValue;
import dev.devolve.pack.ProvincialList;
import dev.devolve.pack.RulePack;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rule catalog a reviewer reads: every rule with its id, labels, citations and the parameters
 * it reads (each dated value with its source), every parameter, each provincial list, the matters
 * catalog and the duty catalog, as one self-contained HTML page (searchable, printable) or as Markdown.
 */
final class CatalogPage {

    /** Said wherever the duty catalog is shown: its attributes are not a county's list. */
    private static final String DUTY_NOTE = "The duty catalog is modelled: every attribute (lead, accountability, demand, objects, "
            + "times a year, matter links) is an estimate chosen to exercise the rules, not taken from a published list.";

    private final PolicyEngine engine;

    CatalogPage(PolicyEngine engine) {
        this.engine = engine;
    }

    /** Every parameter the rules may read: the shared ones, then each province's overrides. */
    private Map<String, Parameter> allParameters() {
        Map<String, Parameter> all = new LinkedHashMap<>(engine.parameters());
        engine.provincialLists().keySet().forEach(code -> engine.provinceParameters(code)
                .forEach((name, p) -> all.put(name + " (" + code + ")", p)));
        return all;
    }

    private List<String> parametersOf(RuleDescription r) {
        return r.facts().stream().filter(engine.parameters()::containsKey).toList();
    }

    String markdown() {
        StringBuilder sb = new StringBuilder("# Devolve rule catalog\n\n");
        sb.append("Packs: ").append(engine.loadedPacks().stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", ")))
                .append("\n\n## Rules\n\n| id | 规则 | rule | citations | parameters | where |\n|---|---|---|---|---|---|\n");
        for (RuleDescription r : engine.rules()) {
            sb.append("| ").append(code(r.id())).append(" | ").append(md(r.labelZh())).append(" | ").append(md(r.labelEn())).append(" | ")
                    .append(md(String.join("; ", r.citations()))).append(" | ")
                    .append(parametersOf(r).stream().map(CatalogPage::code).collect(Collectors.joining(", "))).append(" | ")
                    .append(md(r.location().toString())).append(" |\n");
        }
        sb.append("\n## Parameters\n\n| parameter | meaning | since | value | source |\n|---|---|---|---|---|\n");
        allParameters().forEach((name, p) -> {
            for (ParameterValue v : p.values()) {
                sb.append("| ").append(code(name)).append(" | ").append(md(p.descriptionEn())).append(" | ").append(v.since()).append(" | ")
                        .append(md(String.valueOf(v.value()))).append(" | ").append(md(v.source())).append(" |\n");
            }
        });
        for (ProvincialList l : engine.provincialLists().values()) {
            sb.append("\n## Province ").append(md(l.province())).append(": ").append(md(l.document())).append("\n\nIn force from ")
                    .append(l.decisionDate()).append(l.published() ? ", published" : ", not published").append(". ").append(md(l.source()))
                    .append("\n\n| matter | kinds | classes | recalled |\n|---|---|---|---|\n");
            l.entries().values().forEach(e -> sb.append("| ").append(md(e.matterCode())).append(" | ").append(e.kinds()).append(" | ")
                    .append(e.classes()).append(" | ").append(e.recalledOn().map(Object::toString).orElse("")).append(" |\n"));
        }
        sb.append("\n## Facts\n\n| fact | 事实 | meaning | value | when not given |\n|---|---|---|---|---|\n");
        for (FactTable t : FactTable.all()) {
            t.fields().forEach(f -> sb.append("| ").append(code(f.path())).append(" | ").append(md(f.zh())).append(" | ").append(md(f.en()))
                    .append(" | ").append(valueOf(f)).append(" | ").append(absence(f)).append(" |\n"));
        }
        sb.append("\n## Matters\n\n| code | name | category | field |\n|---|---|---|---|\n");
        for (Matter m : engine.catalog()) {
            sb.append("| ").append(md(m.getCode())).append(" | ").append(md(m.getName())).append(" | ").append(m.getCategory()).append(" | ")
                    .append(m.getField()).append(" |\n");
        }
        if (!engine.dutyCatalog().isEmpty()) {
            sb.append("\n## Duties\n\n").append(DUTY_NOTE).append("\n\n| code | name | field | lead | exercises | objects | matter |\n|---|---|---|---|---|---|---|\n");
            for (DutyCatalogEntry e : engine.dutyCatalog()) {
                DutyItem d = e.duty();
                sb.append("| ").append(md(d.getCode())).append(" | ").append(md(d.getName())).append(" | ").append(d.getField()).append(" | ")
                        .append(md(d.getLeadDepartment())).append(" | ").append(d.getExercisesPerYear() == null ? "" : d.getExercisesPerYear().toPlainString())
                        .append(" | ").append(d.getObjects().isEmpty() ? "" : d.getObjects()).append(" | ").append(md(d.getMatter())).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** The kind of value a fact takes, with its words. */
    private static String valueOf(FactField<?> f) {
        String kind = f.kind().name().toLowerCase(Locale.ROOT);
        return f.words() == null ? kind : kind + ": " + Arrays.stream(f.words().getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(" "));
    }

    /** What it means when a fact is not given. */
    private static String absence(FactField<?> f) {
        return switch (f.absence()) {
            case MISSING -> "unknown: reported missing by a rule that needs it";
            case DEFAULT -> f.kind() == FactField.Kind.FLAG ? "false" : "none";
            case OPTIONAL -> "not needed to decide";
        };
    }

    String html() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <title>Devolve rule catalog</title>
                <style>
                  body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 2em; color: #222; }
                  h1 { margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
                  table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
                  th, td { border: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
                  th { background: #f3f3f3; } code { font-size: 0.95em; }
                  #search { font-size: 1em; padding: 0.4em; width: 28em; margin: 1em 0; }
                  .meta { color: #666; }
                  @media print { #search, .noprint { display: none; } tr { page-break-inside: avoid; } }
                </style>
                </head>
                <body>
                <h1>Devolve rule catalog · 规则目录</h1>
                """);
        sb.append("<p class=\"meta\">Packs: ").append(esc(engine.loadedPacks().stream().map(RulePack::id).collect(Collectors.joining(", "))))
                .append(" · ").append(engine.rules().size()).append(" rules · ").append(engine.catalog().size()).append(" matters</p>\n");
        sb.append("<input id=\"search\" type=\"search\" placeholder=\"Search rules, parameters, lists… 搜索\" aria-label=\"search\">\n");
        sb.append("<p class=\"meta noprint\" id=\"shown\"></p>\n");
        sb.append("<h2 id=\"rules\">Rules · 规则</h2>\n<table class=\"searchable\"><thead><tr><th>id</th><th>规则</th><th>rule</th>"
                + "<th>citations</th><th>parameters (value since date, source)</th><th>where</th></tr></thead><tbody>\n");
        for (RuleDescription r : engine.rules()) {
            List<String> params = new ArrayList<>();
            for (String name : parametersOf(r)) {
                Parameter p = engine.parameters().get(name);
                params.add("<code>" + esc(name) + "</code>: " + p.values().stream().map(v -> esc(String.valueOf(v.value())) + " since "
                        + v.since() + " <span class=\"meta\">(" + esc(v.source()) + ")</span>").collect(Collectors.joining("; ")));
            }
            sb.append("<tr data-rule=\"").append(esc(r.id())).append("\"><td><code>").append(esc(r.id())).append("</code></td><td>")
                    .append(esc(r.labelZh())).append("</td><td>").append(esc(r.labelEn())).append("</td><td>")
                    .append(esc(String.join("; ", r.citations()))).append("</td><td>").append(String.join("<br>", params)).append("</td><td>")
                    .append(esc(r.location().toString())).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n<h2 id=\"parameters\">Parameters · 参数</h2>\n<table class=\"searchable\"><thead><tr><th>parameter</th>"
                + "<th>含义</th><th>meaning</th><th>since</th><th>value</th><th>source</th></tr></thead><tbody>\n");
        allParameters().forEach((name, p) -> {
            for (ParameterValue v : p.values()) {
                sb.append("<tr><td><code>").append(esc(name)).append("</code></td><td>").append(esc(p.descriptionZh())).append("</td><td>")
                        .append(esc(p.descriptionEn())).append("</td><td>").append(v.since()).append("</td><td>")
                        .append(esc(String.valueOf(v.value()))).append("</td><td>").append(esc(v.source())).append("</td></tr>\n");
            }
        });
        sb.append("</tbody></table>\n");
        for (ProvincialList l : engine.provincialLists().values()) {
            sb.append("<h2>Province ").append(esc(l.province())).append(" · ").append(esc(l.document())).append("</h2>\n<p class=\"meta\">In force from ")
                    .append(l.decisionDate()).append(l.published() ? ", published. " : ", not published. ").append(esc(l.source()))
                    .append("</p>\n<table class=\"searchable\"><thead><tr><th>matter</th><th>name</th><th>kinds</th><th>classes</th>"
                            + "<th>recalled</th></tr></thead><tbody>\n");
            for (ProvincialList.Entry e : l.entries().values()) {
                String name = engine.matter(e.matterCode()).map(Matter::getName).orElse("");
                sb.append("<tr><td>").append(esc(e.matterCode())).append("</td><td>").append(esc(name)).append("</td><td>")
                        .append(esc(e.kinds().toString())).append("</td><td>").append(esc(e.classes().toString())).append("</td><td>")
                        .append(e.recalledOn().map(Object::toString).orElse("")).append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("<h2 id=\"facts\">Facts · 事实</h2>\n<table class=\"searchable\"><thead><tr><th>fact</th><th>事实</th><th>meaning</th>"
                + "<th>value</th><th>when not given</th></tr></thead><tbody>\n");
        for (FactTable t : FactTable.all()) {
            t.fields().forEach(f -> sb.append("<tr><td><code>").append(esc(f.path())).append("</code></td><td>").append(esc(f.zh()))
                    .append("</td><td>").append(esc(f.en())).append("</td><td>").append(esc(valueOf(f))).append("</td><td>")
                    .append(absence(f)).append("</td></tr>\n"));
        }
        sb.append("</tbody></table>\n");
        sb.append("<h2 id=\"matters\">Matters · 事项</h2>\n<table class=\"searchable\"><thead><tr><th>code</th><th>name</th><th>department</th>"
                + "<th>category</th><th>field</th><th>basis</th></tr></thead><tbody>\n");
        for (Matter m : engine.catalog()) {
            sb.append("<tr><td>").append(esc(m.getCode())).append("</td><td>").append(esc(m.getName())).append("</td><td>")
                    .append(esc(m.getDepartment())).append("</td><td>").append(m.getCategory()).append("</td><td>").append(m.getField())
                    .append("</td><td>").append(esc(m.getBasis())).append("</td></tr>\n");
        }
        if (!engine.dutyCatalog().isEmpty()) {
            sb.append("</tbody></table>\n<h2 id=\"duties\">Duties · 履职事项</h2>\n<p class=\"meta\">").append(esc(DUTY_NOTE))
                    .append("</p>\n<table class=\"searchable\"><thead><tr><th>code</th><th>name</th><th>field</th><th>legal lead</th><th>basis</th>"
                            + "<th>lead department</th><th>county leads · stationed · accountability</th><th>demand</th><th>objects</th>"
                            + "<th>exercises/year</th><th>assessment only</th><th>matter</th></tr></thead><tbody>\n");
            for (DutyCatalogEntry e : engine.dutyCatalog()) {
                DutyItem d = e.duty();
                sb.append("<tr><td>").append(esc(d.getCode())).append("</td><td>").append(esc(d.getName()))
                        .append(e.nameEn() == null ? "" : "<br><span class=\"meta\">" + esc(e.nameEn()) + "</span>").append("</td><td>")
                        .append(d.getField()).append("</td><td>").append(d.getLegalLead()).append("</td><td>").append(esc(d.getBasis()))
                        .append("</td><td>").append(esc(d.getLeadDepartment())).append("</td><td>").append(d.isCountyLeads()).append(" · ")
                        .append(d.isStationedAgency()).append(" · ").append(d.getAccountability()).append("</td><td>").append(d.getProfessionalDemand())
                        .append("</td><td>").append(d.getObjects().isEmpty() ? "" : d.getObjects()).append("</td><td>")
                        .append(d.getExercisesPerYear() == null ? "" : d.getExercisesPerYear().toPlainString()).append("</td><td>")
                        .append(d.isAssessmentOnly()).append("</td><td>").append(esc(d.getMatter())).append("</td></tr>\n");
            }
        }
        sb.append("""
                </tbody></table>
                <script>
                  // Filters every table as the reader types; ?q=… fills the box when the page opens.
                  const box = document.getElementById('search');
                  const rows = Array.from(document.querySelectorAll('table.searchable tbody tr'));
                  function filter() {
                    const q = box.value.trim().toLowerCase();
                    let shown = 0;
                    for (const r of rows) {
                      const hit = !q || r.textContent.toLowerCase().includes(q);
                      r.style.display = hit ? '' : 'none';
                      if (hit) shown++;
                    }
                    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' rows shown';
                  }
                  box.addEventListener('input', filter);
                  box.value = new URLSearchParams(location.search).get('q') || '';
                  filter();
                </script>
                </body>
                </html>
                """);
        return sb.toString();
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return SafeText.line(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** An identifier as a Markdown code span when it is plain enough to be one safely, else as escaped text. */
    private static String code(String s) {
        return s.matches("[A-Za-z0-9._() -]+") ? "`" + s + "`" : md(s);
    }

    /**
     * A Markdown table cell: HTML escaped (Markdown renderers pass raw HTML through, so a name holding
     * {@code <script>} must not), the Markdown punctuation that could add a column, a code span, a
     * link or an image escaped, and control characters escaped so that no value adds a row.
     */
    private static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : SafeText.line(s).toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '|', '\\', '`', '[', ']' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
