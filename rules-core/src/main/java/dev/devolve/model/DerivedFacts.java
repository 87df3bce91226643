package dev.devolve.model;

import java.util.Map;

/**
 * A finding that computes values explanations can show, by path ({@code cost.countyTransfer},
 * {@code split.amount.county} …), so that the arithmetic is part of the explanation.
 */
public interface DerivedFacts {

    /** The computed values by path. */
    Map<String, Object> facts();
}
