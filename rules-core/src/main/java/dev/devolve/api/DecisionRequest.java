package dev.devolve.api;

import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;

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
 * @param province the province's position; empty means no provincial decision
 */
public record DecisionRequest(Township township, Matter matter, LocalDate asOf, Optional<ProvinceContext> province) {

    public DecisionRequest {
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(province, "province (use Optional.empty())");
    }

    public static DecisionRequest of(Township township, Matter matter, LocalDate asOf) {
        return new DecisionRequest(township, matter, asOf, Optional.empty());
    }

    public DecisionRequest withProvince(ProvinceContext context) {
        return new DecisionRequest(township, matter, asOf, Optional.of(context));
    }
}
