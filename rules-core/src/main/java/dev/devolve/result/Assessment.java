package dev.devolve.result;

import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.output.Json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A township against its whole catalog (一乡一清单): one decision per matter, in catalog order.
 * {@link dev.devolve.output.AssessmentJson} writes {@code devolve.assessment/1}, whose {@code decisions} are each a
 * {@code devolve.decision/1} document.
 *
 * @param township  the township
 * @param asOf      the date decided for
 * @param decisions one per catalog matter
 */
public record Assessment(Township township, LocalDate asOf, List<Decision> decisions) {

    /** The schema id written in every assessment document. */
    public static final String SCHEMA = "devolve.assessment/1";

    public Assessment {
        decisions = List.copyOf(decisions);
    }

    /** How many matters came out with each outcome, in precedence order, zeros included. */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        decisions.forEach(d -> counts.merge(d.outcome(), 1, Integer::sum));
        return counts;
    }

    /** The cost and county transfer of each delegated or eligible matter, totals, and unfunded mandates. */
    public FiscalSummary fiscal() {
        return FiscalSummary.of(decisions);
    }
}
