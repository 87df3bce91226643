package dev.devolve.model;

import java.time.LocalDate;

/** The date a decision is made for; rules compare dated facts and parameters against it. */
public final class AsOf {

    private final LocalDate date;

    public AsOf(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDate() { return date; }

    /** Whether the as-of date is on or after {@code other}. */
    public boolean onOrAfter(LocalDate other) {
        return !date.isBefore(other);
    }

    @Override
    public String toString() {
        return date.toString();
    }
}
