package dev.devolve.pack;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sources the loaded packs define ({@code citations.yaml}), which rules and parameters cite. A
 * citation is {@code SOURCE}, {@code SOURCE art.N} (an article of a law) or {@code SOURCE §N} (a
 * section of a policy document), e.g. {@code APL2021 art.24}, where {@code SOURCE} is an id some
 * loaded pack defines. Two placeholders are filled in per decision: {@code PROVINCIAL_DECISION}
 * becomes the province's document number when the request gives one, and {@code MATTER_BASIS}
 * becomes the matter's own legal basis; {@code DUTY_BASIS} becomes a duty's basis and
 * {@code APPROVAL} the county's approval of a proposed duty. Immutable.
 */
public final class Citations {

    /** Placeholder for the provincial decision that lists the matter. */
    public static final String PROVINCIAL_DECISION = "PROVINCIAL_DECISION";
    /** Placeholder for the matter's own legal basis. */
    public static final String MATTER_BASIS = "MATTER_BASIS";
    /** Placeholder for the duty's own basis (the law or document that names its lead), cited verbatim. */
    public static final String DUTY_BASIS = "DUTY_BASIS";
    /** Placeholder for the county's approval of a proposed duty: who approved it, and when. */
    public static final String APPROVAL = "APPROVAL";

    /** A source id as {@code citations.yaml} declares it. */
    static final Pattern SOURCE_ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[0-9]+)?");
    private static final Pattern CITATION = Pattern.compile("(" + SOURCE_ID.pattern() + ")(?: (art\\.[0-9]+(?:-[0-9]+)?|§[0-9]+))?");
    private static final int CLOSE = 3;

    private final Map<String, Citation> sources;

    /** @param sources the sources by id, in the order the packs define them */
    public Citations(Map<String, Citation> sources) {
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** Every source by id, in the order the packs define them. */
    public Map<String, Citation> sources() {
        return sources;
    }

    /**
     * Why a rule or parameter may not cite this, or empty when it may: the message names the
     * citation and, for an id no loaded pack defines, lists the defined ids closest to it.
     */
    public Optional<String> problem(String citation) {
        if (PROVINCIAL_DECISION.equals(citation) || MATTER_BASIS.equals(citation) || DUTY_BASIS.equals(citation)
                || APPROVAL.equals(citation)) {
            return Optional.empty();
        }
        Matcher m = CITATION.matcher(citation);
        if (!m.matches()) {
            return Optional.of("'" + citation + "' is not a citation: SOURCE, SOURCE art.N or SOURCE §N, e.g. APL2021 art.24");
        }
        if (sources.containsKey(m.group(1))) {
            return Optional.empty();
        }
        List<String> close = closeTo(m.group(1));
        return Optional.of("'" + citation + "' cites " + m.group(1) + ", which no loaded pack defines in its citations.yaml"
                + (close.isEmpty() ? "; defined: " + sources.keySet() : "; did you mean " + String.join(", ", close) + "?"));
    }

    /** The defined ids within a few edits of {@code id}, nearest first. */
    private List<String> closeTo(String id) {
        return sources.keySet().stream()
                .filter(s -> distance(s, id) <= CLOSE)
                .sorted(Comparator.comparingInt((String s) -> distance(s, id)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Edits (insert, delete, replace, swap two neighbours) from one word to the other. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
