package dev.devolve.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The contents of a pack's {@code pack.yaml}.
 *
 * @param id            stable id, lower-case, e.g. {@code national}
 * @param version       the pack's version
 * @param titleZh       title in Chinese
 * @param titleEn       title in English
 * @param jurisdiction  where it applies, e.g. {@code CN} or a province code
 * @param dependsOn     ids of packs that must be loaded with it
 * @param effectiveFrom first day its rules apply
 * @param effectiveTo   last day its rules apply, if it ends
 * @param catalog       the matters catalog file inside the pack, if any
 * @param phases        the named phases its rules run in, in order (a rule joins one with {@code ruleflow-group})
 * @param duties        the duty catalog file inside the pack, if any
 */
public record PackManifest(String id, String version, String titleZh, String titleEn, String jurisdiction,
                           List<String> dependsOn, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo,
                           Optional<String> catalog, List<String> phases, Optional<String> duties) {

    public PackManifest {
        dependsOn = List.copyOf(dependsOn);
        phases = List.copyOf(phases);
    }
}
