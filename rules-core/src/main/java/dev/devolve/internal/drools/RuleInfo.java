package dev.devolve.internal.drools;

import dev.devolve.location.SourceLocation;
import dev.devolve.result.RuleDescription;

import java.util.List;
import java.util.Set;

/**
 * Everything the engine knows of one compiled rule: its metadata, read from the DRL annotations,
 * where it is declared, the fact types its conditions match and the parameters it reads.
 */
public record RuleInfo(String key, String id, String packId, String file, int line, int salience, String labelZh,
                String labelEn, List<String> citations, List<String> facts, String explainZh, String explainEn,
                List<Requirement> requires, Set<String> types, Set<String> parameters) {

    public SourceLocation location() {
        return SourceLocation.of(packId + "/" + file, line);
    }

    RuleDescription describe() {
        return new RuleDescription(id, packId, labelZh, labelEn, citations, facts, location());
    }
}
