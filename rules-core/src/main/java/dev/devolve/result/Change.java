package dev.devolve.result;

import java.util.Optional;

/**
 * One thing that would have to change for a different outcome, e.g. certified officers 3, need at
 * least 4. Machine-readable ({@code fact}, {@code operator}, {@code required}) and rendered.
 *
 * @param ruleId   the rule that is blocking
 * @param fact     the fact path that would have to change
 * @param actual   its value now, empty when it is not known
 * @param operator what must hold: {@code >=}, {@code <=}, {@code >}, {@code <}, {@code ==}, {@code !=},
 *                 {@code contains}, or {@code given} for a missing fact
 * @param required the value it is compared against, empty for {@code given}
 * @param textZh   the change in Chinese
 * @param textEn   the change in English, e.g. {@code township.certifiedOfficers 3 < 4 (needs >= 4)}
 */
public record Change(String ruleId, String fact, Optional<Object> actual, String operator, Optional<Object> required,
                     String textZh, String textEn) {
}
