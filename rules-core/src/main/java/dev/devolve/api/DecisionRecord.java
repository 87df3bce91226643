package dev.devolve.api;

import dev.devolve.output.DecisionJson;
import dev.devolve.output.Json;
import dev.devolve.result.Decision;
import dev.devolve.result.PackInfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a decision log.
 *
 * @param decidedAt  when it was decided
 * @param inputsHash SHA-256 of the canonical JSON of the inputs (township, matter, province, date,
 *                   duty and transfer): equal inputs give equal hashes
 * @param packs      the packs, versions and content hashes that decided
 * @param decision   the decision, with its explanation
 */
public record DecisionRecord(Instant decidedAt, String inputsHash, List<PackInfo> packs, Decision decision) {

    public DecisionRecord {
        packs = List.copyOf(packs);
    }

    static DecisionRecord of(DecisionRequest request, Decision decision) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("township", request.township().facts());
        inputs.put("matter", request.matter().facts());
        inputs.put("province", request.province().map(p -> List.of(p.isDecisionPublished(), p.getDecisionDate(), p.getListedFor(),
                p.getRecalledOn(), p.getDocument())));
        inputs.put("asOf", request.asOf());
        inputs.put("duty", request.duty());
        inputs.put("transfer", request.transfer());
        return new DecisionRecord(Instant.now(), sha256(Json.compact(inputs)), decision.packs(), decision);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The entry as one line of JSON: {@code {decidedAt, inputsHash, packs, decision}}. */
    public String toJsonLine() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("decidedAt", decidedAt.toString());
        line.put("inputsHash", inputsHash);
        line.put("packs", DecisionJson.packs(packs));
        line.put("decision", DecisionJson.toDocument(decision));
        return Json.compact(line);
    }
}
