package dev.devolve.result;

import dev.devolve.internal.io.Text;
import dev.devolve.model.Provenance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A fact or parameter a rule read, with the value it had.
 *
 * @param path      {@code township.certifiedOfficers}, {@code matter.spread}, {@code asOf}, or a parameter
 *                  name such as {@code capacity.min_certified_officers}
 * @param value     the value, or empty when the fact is not known
 * @param synthetic whether the value was generated rather than observed (national-list attributes)
 * @param since     for a parameter: the date its value took effect
 * @param provenance for a parameter: its reference, note, status and unit
 */
public record FactValue(String path, Optional<Object> value, boolean synthetic, Optional<LocalDate> since,
                        Optional<Provenance> provenance) {

    /** The value as text: enum words, plain decimals, ISO dates, or {@code unknown}. */
    public String display() {
        return value.map(Text::display).orElse("unknown");
    }
}
