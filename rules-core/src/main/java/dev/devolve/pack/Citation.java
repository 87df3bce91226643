package dev.devolve.pack;

import dev.devolve.location.SourceLocation;

import java.util.Optional;

/**
 * One source rules and parameters may cite, as a pack's {@code citations.yaml} declares it.
 *
 * @param id       the source id, e.g. {@code APL2021}; cited as {@code APL2021}, {@code APL2021 art.24} or {@code OPINIONS2017 §5}
 * @param zh       its name in Chinese
 * @param en       its name in English
 * @param url      where it is published, when the pack gives it
 * @param location the place of the id in its {@code citations.yaml}
 */
public record Citation(String id, String zh, String en, Optional<String> url, SourceLocation location) {
}
