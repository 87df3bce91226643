package dev.devolve.pack;

import dev.devolve.model.DutyItem;

/**
 * One duty of a pack's duty catalog (履职事项目录), with what only the catalog says: an English name
 * and a note on where the row comes from.
 *
 * @param duty   the duty's facts
 * @param nameEn its name in English, or null
 * @param note   a note on the row, or null
 */
public record DutyCatalogEntry(DutyItem duty, String nameEn, String note) {
}
