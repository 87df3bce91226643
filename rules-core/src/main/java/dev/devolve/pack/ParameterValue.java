package dev.devolve.pack;

import dev.devolve.location.SourceLocation;
import dev.devolve.model.Provenance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One dated value of a pack parameter: in force from {@code since} until the next value's date,
 * with where the number comes from (OpenFisca style).
 *
 * @param since  the first day this value is in force
 * @param value  a {@link java.math.BigDecimal}, {@link Boolean}, {@link LocalDate} or {@link String}
 * @param provenance where the value comes from, whether it is verified, and its unit
 * @param referenceAt the place of its {@code reference} in the pack, when it has one: a citation
 *                    is checked where the packs are combined, against the sources they define
 */
public record ParameterValue(LocalDate since, Object value, Provenance provenance, Optional<SourceLocation> referenceAt) {

    /** Where the value comes from, as one line for readers. */
    public String source() {
        return provenance.display();
    }
}
