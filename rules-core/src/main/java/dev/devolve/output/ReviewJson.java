package dev.devolve.output;

import dev.devolve.result.Decision;
import dev.devolve.result.Review;
import dev.devolve.result.RuleContribution;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a {@link Review} as a {@code devolve.review/1} document: the usage, the outcome and its reasons, the delegation it rests on. */
public final class ReviewJson {

    private ReviewJson() {
    }

    /** The review as a {@code devolve.review/1} JSON document. */
    public static String toJson(Review review) {
        return Json.pretty(toDocument(review));
    }

    /** The review as ordered maps and lists, ready for JSON. */
    public static Map<String, Object> toDocument(Review review) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", Review.SCHEMA);
        d.put("asOf", review.asOf());
        d.put("township", DecisionJson.township(review.township()));
        Map<String, Object> m = new LinkedHashMap<>();
        review.matter().facts().forEach((k, v) -> m.put(k.substring("matter.".length()), v));
        d.put("matter", m);
        Map<String, Object> u = new LinkedHashMap<>();
        review.usage().facts().forEach((k, v) -> u.put(k.substring("usage.".length()), v));
        d.put("usage", u);
        d.put("outcome", review.outcome());
        d.put("error", review.error().map(DecisionJson::diagnostic));
        d.put("reasons", review.reasons());
        Decision delegation = review.delegation();
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("outcome", delegation.outcome());
        g.put("reasons", delegation.explanation().decisive().stream().map(RuleContribution::ruleId).toList());
        g.put("missing", delegation.missing());
        g.put("summary", DecisionJson.text(delegation.explanation().summaryZh(), delegation.explanation().summaryEn()));
        d.put("delegation", g);
        d.put("obligations", review.obligations());
        d.put("findings", review.findings());
        d.put("missing", review.missing());
        d.put("citations", review.citations());
        d.put("rulesFired", review.rulesFired());
        d.put("explanation", DecisionJson.explanation(review.explanation()));
        d.put("diagnostics", DecisionJson.diagnostics(review.diagnostics()));
        d.put("packs", DecisionJson.packs(review.packs()));
        return d;
    }
}
