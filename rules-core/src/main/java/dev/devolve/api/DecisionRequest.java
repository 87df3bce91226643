package dev.devolve.api;

import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One question: may this township take on this matter on this date, given (optionally) what the
 * province has decided about it?
 *
 * <pre>{@code
 * DecisionRequest r = DecisionRequest.of(township, matter, LocalDate.of(2024, 3, 1))
 *         .withProvince(ProvinceContext.published(LocalDate.of(2022, 1, 1), Set.of(TownshipKind.TOWN)));
 * }</pre>
 *
 * @param township the township
 * @param matter   the matter
 * @param asOf     the date to decide for
 * @param province the province's position; empty means the township's own provincial pack when
 *                 one is loaded, and no provincial decision otherwise
 * @param duty     the annual cost of a duty the county places on the township for this matter, if any
 * @param transfer the annual transfer the county makes for it, if any
 */
public record DecisionRequest(Township township, Matter matter, LocalDate asOf, Optional<ProvinceContext> province,
                              Optional<BigDecimal> duty, Optional<BigDecimal> transfer) {

    public DecisionRequest {
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(province, "province (use Optional.empty())");
        Objects.requireNonNull(duty, "duty (use Optional.empty())");
        Objects.requireNonNull(transfer, "transfer (use Optional.empty())");
    }

    public static DecisionRequest of(Township township, Matter matter, LocalDate asOf) {
        return new DecisionRequest(township, matter, asOf, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public DecisionRequest withProvince(ProvinceContext context) {
        return new DecisionRequest(township, matter, asOf, Optional.of(context), duty, transfer);
    }

    /** The county places a duty for this matter on the township, costing {@code amount} yuan a year. */
    public DecisionRequest withDuty(BigDecimal amount) {
        return new DecisionRequest(township, matter, asOf, province, Optional.of(amount), transfer);
    }

    /** The county transfers {@code amount} yuan a year for this matter. */
    public DecisionRequest withTransfer(BigDecimal amount) {
        return new DecisionRequest(township, matter, asOf, province, duty, Optional.of(amount));
    }
}
