package dev.devolve.pack;

import dev.devolve.error.SafeText;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.Node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a pack's {@code pack.yaml}: its id, version, titles, dates, catalog files and phases. */
final class ManifestReader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PHASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private ManifestReader() {
    }

    static PackManifest manifest(String source, String text) {
        Node.MapNode m = Documents.parse(source, text).asMap();
        String id = m.requireString("id");
        if (!ID.matcher(id).matches()) {
            throw m.get("id").error("a pack id is lower-case letters, digits and '-', starting with a letter: " + SafeText.quote(id));
        }
        String version = m.requireString("version");
        Node.MapNode title = m.require("title").asMap();
        String titleZh = title.requireString("zh");
        String titleEn = title.requireString("en");
        title.finish();
        String jurisdiction = m.requireString("jurisdiction");
        List<String> dependsOn = new ArrayList<>();
        Node deps = m.get("dependsOn");
        if (deps != null) {
            for (Node d : deps.asList().items()) {
                dependsOn.add(d.asScalar().text());
            }
        }
        Node.MapNode effective = m.require("effective").asMap();
        LocalDate from = effective.date("from");
        if (from == null) {
            throw effective.error("missing required key 'effective.from'");
        }
        LocalDate to = effective.date("to");
        effective.finish();
        String catalog = m.string("catalog");
        String duties = m.string("duties");
        List<String> phases = new ArrayList<>();
        Node phaseList = m.get("phases");
        if (phaseList != null) {
            for (Node p : phaseList.asList().items()) {
                String phase = p.asScalar().text();
                if (!PHASE.matcher(phase).matches() || phases.contains(phase)) {
                    throw p.error("a phase is a lower-case word ('_' between words), listed once: " + SafeText.quote(phase));
                }
                phases.add(phase);
            }
        }
        m.finish();
        return new PackManifest(id, version, titleZh, titleEn, jurisdiction, dependsOn, from, Optional.ofNullable(to),
                Optional.ofNullable(catalog), phases, Optional.ofNullable(duties));
    }
}
