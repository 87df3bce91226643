package dev.devolve.result;

import dev.devolve.error.Diagnostic;
import dev.devolve.model.Level;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.output.Json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A shared basic public service split between central, province, city, county and township:
 * exact shares that sum to 1, and amounts in yuan that sum to the whole (each rounded half-even
 * to the fen, the county taking the remainder). {@link dev.devolve.output.AssessmentJson} writes {@code devolve.split/1},
 * whose explanation has the same shape as a decision's.
 *
 * @param township      the township
 * @param service       the service and amount
 * @param asOf          the date
 * @param tier          the province tier used, when the sharing is tiered
 * @param shares        share by level; empty when the split could not be made (see diagnostics)
 * @param amounts       amount by level, yuan
 * @param factorFormula the central transfer follows a factor formula and is not part of this split
 * @param explanation   the rules that set the shares, with the parameters and arithmetic
 * @param diagnostics   problems, e.g. {@code NO_PROVINCE_TIER}
 * @param packs         the packs that decided
 */
public record FiscalSplit(Township township, SharedService service, LocalDate asOf, Optional<Integer> tier,
                          Map<Level, BigDecimal> shares, Map<Level, BigDecimal> amounts, boolean factorFormula,
                          Explanation explanation, List<Diagnostic> diagnostics, List<PackInfo> packs) {

    /** The schema id written in every split document. */
    public static final String SCHEMA = "devolve.split/1";

    public FiscalSplit {
        shares = Map.copyOf(shares);
        amounts = Map.copyOf(amounts);
        diagnostics = List.copyOf(diagnostics);
        packs = List.copyOf(packs);
    }

    /** Whether the split was made (no error diagnostic). */
    public boolean isComplete() {
        return !shares.isEmpty();
    }
}
