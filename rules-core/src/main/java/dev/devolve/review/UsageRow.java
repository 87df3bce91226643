package dev.devolve.review;

import dev.devolve.location.SourceLocation;
import dev.devolve.model.Usage;

/**
 * One row of a usage sheet: a township, a delegated matter and the usage over a period, with the
 * places of the row and of its township and matter cells for errors ({@code file:line:col}, or
 * {@code book.xlsx[sheet]:row:col}).
 */
public record UsageRow(SourceLocation location, String township, SourceLocation townshipAt, String matter,
                       SourceLocation matterAt, Usage usage) {
}
