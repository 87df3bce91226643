package dev.devolve.pack;

import dev.devolve.model.Provenance;

import java.time.LocalDate;

/**
 * One dated value of a pack parameter: in force from {@code since} until the next value's date,
 * with where the number comes from (OpenFisca style).
 *
 * @param since  the first day this value is in force
 * @param value  a {@link java.math.BigDecimal}, {@link Boolean}, {@link LocalDate} or {@link String}
 * @param provenance where the value comes from, whether it is verified, and its unit
 */
public record ParameterValue(LocalDate since, Object value, Provenance provenance) {

    /** Where the value comes from, as one line for readers. */
    public String source() {
        return provenance.display();
    }
}
