package dev.devolve.api;

import dev.devolve.model.DutyItem;
import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One duty to place on a township's lists. When the duty exercises a power ({@code matter}), the
 * request may give that matter's facts (with the same code) and the province's position on it;
 * otherwise the engine's catalog matter and the township's own provincial list are used.
 *
 * <pre>{@code
 * DutyDecision d = engine.decide(DutyRequest.of(town, engine.duty("D-WA-001").orElseThrow(), LocalDate.of(2025, 3, 1)));
 * }</pre>
 */
public record DutyRequest(Township township, DutyItem duty, LocalDate asOf, Optional<Matter> matter,
                          Optional<ProvinceContext> province) {

    public DutyRequest {
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(province, "province");
    }

    public static DutyRequest of(Township township, DutyItem duty, LocalDate asOf) {
        return new DutyRequest(township, duty, asOf, Optional.empty(), Optional.empty());
    }

    /** The facts of the power the duty exercises (its code must be the duty's {@code matter}). */
    public DutyRequest withMatter(Matter m) {
        return new DutyRequest(township, duty, asOf, Optional.of(m), province);
    }

    /** The province's position on the power the duty exercises. */
    public DutyRequest withProvince(ProvinceContext p) {
        return new DutyRequest(township, duty, asOf, matter, Optional.of(p));
    }
}
