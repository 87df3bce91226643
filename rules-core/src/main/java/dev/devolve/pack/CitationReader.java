package dev.devolve.pack;

import dev.devolve.error.SafeText;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.Node;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a pack's {@code citations.yaml}: a mapping from source id to its names,
 * {@code APL2021: {zh: …, en: …, url: …}} ({@code url} optional).
 */
final class CitationReader {

    private CitationReader() {
    }

    static Map<String, Citation> citations(String source, String text) {
        Node.MapNode root = Documents.parse(source, text).asMap();
        Map<String, Citation> out = new LinkedHashMap<>();
        for (String id : root.keys()) {
            Node node = root.require(id);
            if (!Citations.SOURCE_ID.matcher(id).matches()) {
                throw node.error("a source id is capital letters and digits, with '-' and a number at most, e.g. GUOFA2016-49, found "
                        + SafeText.quote(id));
            }
            Node.MapNode m = node.asMap();
            String zh = m.requireString("zh");
            String en = m.requireString("en");
            String url = m.string("url");
            m.finish();
            out.put(id, new Citation(id, zh, en, Optional.ofNullable(url), node.location()));
        }
        return out;
    }
}
