package dev.devolve.model;

import dev.devolve.words.Words;

/** An enum word of the fact model, with its Chinese name from the terms bundle. */
public interface Term {

    /** The Chinese term ({@code 保留在县级} for {@code RETAIN}). */
    default String zh() {
        return Words.term((Enum<?>) this);
    }
}
