package dev.devolve.internal.drools;

import dev.devolve.api.RuleDescription;

import java.util.List;

/**
 * Everything the engine knows of one compiled rule: its metadata, read from the DRL annotations,
 * and where it is declared.
 */
record RuleInfo(String key, String id, String packId, String file, int line, int salience, String labelZh,
                String labelEn, List<String> citations, List<String> facts, String explainZh, String explainEn,
                List<Requirement> requires) {

    String location() {
        return packId + "/" + file + ":" + line;
    }

    RuleDescription describe() {
        return new RuleDescription(id, packId, labelZh, labelEn, citations, facts, location());
    }
}
