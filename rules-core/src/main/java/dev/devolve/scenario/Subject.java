package dev.devolve.scenario;

import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.SharedService;
import dev.devolve.model.Usage;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a scenario asks the engine about: exactly one subject, given by its key in the file
 * ({@code matter:}, {@code service:}, {@code usage:} with its matter, {@code duty:} or {@code proposal:}), each with the
 * expectations of its kind. A new kind of question is a new permitted record, read by {@link ScenarioParser} and asked by
 * {@link SubjectRun}.
 */
public sealed interface Subject permits Subject.Delegation, Subject.Split, Subject.Review, DutySubject {

    /**
     * A delegation decision on a matter, with its money.
     *
     * @param matter   the matter: facts given inline or a catalog code
     * @param province the province's position on the matter
     * @param duty     the annual cost of a duty the county places on the township for the matter
     * @param transfer the annual transfer the county makes for it
     * @param expect   what the decision must show
     */
    record Delegation(MatterRef matter, Optional<ProvinceContext> province, Optional<BigDecimal> duty,
                      Optional<BigDecimal> transfer, DecisionExpectation expect) implements Subject {
    }

    /**
     * A shared service to split between the levels of government.
     *
     * @param service the service
     * @param expect  the shares, amounts, tier and factor flag the split must show
     */
    record Split(SharedService service, SplitExpectation expect) implements Subject {
    }

    /**
     * The review of a delegated power: the township's usage of the matter over a period.
     *
     * @param matter   the matter reviewed: facts given inline or a catalog code
     * @param province the province's position on the matter, for the delegation decision the review rests on
     * @param usage    the usage
     * @param expect   what the review (and the delegation decision's outcome) must show
     */
    record Review(MatterRef matter, Optional<ProvinceContext> province, Usage usage, ReviewExpectation expect) implements Subject {
    }

    /** A matter as a scenario names it: its facts, or a code of the engine's catalog. */
    sealed interface MatterRef permits Given, Catalog {
    }

    /** Matter facts given inline. */
    record Given(Matter matter) implements MatterRef {
    }

    /**
     * A catalog code, resolved against the engine's catalog when the scenario runs.
     *
     * @param code the code
     * @param line the line of the matter, for errors about it
     */
    record Catalog(String code, int line) implements MatterRef {
    }
}
