package dev.devolve.output;

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

/** The entries of a decision log ({@code decision-log.schema.json}), one JSON line each. */
public final class DecisionLogJson {

    private DecisionLogJson() {
    }

    /** SHA-256 of the inputs' canonical (compact, normalised) JSON, hex: equal inputs give equal hashes. */
    public static String inputsHash(Map<String, Object> inputs) {
        String text = Json.compact(inputs);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** A decision log entry as one line of JSON: {@code {decidedAt, inputsHash, packs, decision}}. */
    public static String line(Instant decidedAt, String inputsHash, List<PackInfo> packs, Decision decision) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("decidedAt", decidedAt.toString());
        line.put("inputsHash", inputsHash);
        line.put("packs", DecisionJson.packs(packs));
        line.put("decision", DecisionJson.toDocument(decision));
        return Json.compact(line);
    }
}
