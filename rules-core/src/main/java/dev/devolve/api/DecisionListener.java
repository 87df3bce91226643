package dev.devolve.api;

/**
 * Receives every decision an engine makes, with the hash of its inputs, the packs that made it and
 * its explanation: a decision log in the manner of OPA's. Called on the deciding thread, after the
 * decision is made and before it is returned; an exception from a listener fails the call, so no
 * decision escapes the log.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder().listener(new JsonlDecisionLog(Path.of("decisions.jsonl"))).build();
 * }</pre>
 */
@FunctionalInterface
public interface DecisionListener {

    void onDecision(DecisionRecord record);
}
