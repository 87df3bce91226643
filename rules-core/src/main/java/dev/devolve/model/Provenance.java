package dev.devolve.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a parameter value comes from (as OpenFisca's parameter metadata): the citation it rests
 * on, a note, whether the number itself is verified in that source or modelled, and its unit.
 *
 * @param reference a citation id, e.g. {@code APL2021 art.24}, when the value rests on one
 * @param note      what the source says and how the number was chosen, when there is more to say
 * @param status    verified in the source, or a modelled default
 * @param unit      what the number counts, e.g. {@code cases/year}, if it has a unit
 */
public record Provenance(Optional<String> reference, Optional<String> note, Status status, Optional<String> unit) {

    /** Whether a value is stated by its source or chosen by the pack's authors. */
    public enum Status implements Term {
        VERIFIED, MODELLED;

        /** The word used in packs and JSON: {@code verified} or {@code modelled}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Provenance {
        if (reference.isEmpty() && note.isEmpty()) {
            throw new IllegalArgumentException("a value needs a reference or a note");
        }
    }

    /** One line for readers: reference, note and status, e.g. {@code APL2021 art.24; 4 is … (modelled)}. */
    public String display() {
        String both = reference.map(r -> note.map(n -> r + "; " + n).orElse(r)).orElseGet(note::orElseThrow);
        return both + " (" + status.word() + ")";
    }
}
