package dev.devolve.result;

import dev.devolve.location.SourceLocation;
import java.util.List;

/**
 * A rule of a compiled engine as readers see it.
 *
 * @param id        the stable {@code @id}
 * @param packId    the pack that holds it
 * @param labelZh   its label in Chinese
 * @param labelEn   its label in English
 * @param citations citation ids, e.g. {@code APL2021 art.24}
 * @param facts     the fact and parameter paths it reads
 * @param location  {@code pack/path:line} of its declaration
 */
public record RuleDescription(String id, String packId, String labelZh, String labelEn, List<String> citations,
                              List<String> facts, SourceLocation location) {

    public RuleDescription {
        citations = List.copyOf(citations);
        facts = List.copyOf(facts);
    }
}
