package dev.devolve.pack;

import java.time.LocalDate;

/**
 * One dated value of a pack parameter: in force from {@code since} until the next value's date,
 * with a note saying where the number comes from (OpenFisca style).
 *
 * @param since  the first day this value is in force
 * @param value  a {@link java.math.BigDecimal}, {@link Boolean}, {@link LocalDate} or {@link String}
 * @param source where the value comes from, and whether it is verified
 */
public record ParameterValue(LocalDate since, Object value, String source) {
}
