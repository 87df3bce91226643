package dev.devolve.scenario;

import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.ReviewOutcome;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the review of a delegated power must show; only what is given is checked.
 *
 * @param outcome     the outcome of the delegation decision the review rests on
 * @param review      the review's outcome
 * @param citations   citations of the review that must each appear
 * @param obligations obligations of the review that must each appear
 * @param missing     the exact set of the review's missing fact paths
 * @param findings    the exact list of the review's finding kinds, in any order
 */
public record ReviewExpectation(Optional<Outcome> outcome, Optional<ReviewOutcome> review, List<String> citations,
                                Set<Obligation> obligations, Optional<Set<String>> missing, Optional<List<String>> findings) {

    public ReviewExpectation {
        citations = List.copyOf(citations);
        obligations = Collections.unmodifiableSet(obligations);
        findings = findings.map(List::copyOf);
    }
}
