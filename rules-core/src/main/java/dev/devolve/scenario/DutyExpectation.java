package dev.devolve.scenario;

import dev.devolve.model.Admission;
import dev.devolve.model.DutyList;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a duty or proposal scenario expects besides the checks every scenario shares. Only the
 * fields given are checked.
 *
 * @param list      the duty's list
 * @param lead      the lead or receiving department; {@code Optional.of(Optional.empty())} for {@code lead: null}
 * @param admission the proposal's admission
 * @param wouldBe   the list the duty tests give a proposed duty
 * @param findings  the exact list of findings (UNFUNDED_DUTY with its amount, LIST_DEVIATES)
 * @param citations citations that must each appear
 * @param missing   the exact set of missing fact paths
 */
public record DutyExpectation(Optional<DutyList> list, Optional<Optional<String>> lead, Optional<Admission> admission,
                              Optional<DutyList> wouldBe, Optional<List<FindingExpectation>> findings, List<String> citations,
                              Optional<Set<String>> missing) {

    public DutyExpectation {
        citations = List.copyOf(citations);
    }

    /** One expected finding: its kind, and its amount when it has one. */
    public record FindingExpectation(String kind, Optional<BigDecimal> amount) {
    }
}
