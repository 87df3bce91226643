package dev.devolve.model;

/**
 * The kind of a township-level unit (乡级区划的类别).
 *
 * <p>When a township gives no kind, it is derived from the third segment of its statistical code
 * (DOMAIN.md §6): 001–099 street office, 100–199 town, 200–399 township (or sumu), 400 and above
 * other statistical units such as development zones and farms.
 */
public enum TownshipKind implements Term {
    STREET,
    TOWN,
    TOWNSHIP,
    ETHNIC_TOWNSHIP,
    SUMU,
    OTHER;

    /**
     * Derives the kind from a 9- or 12-digit statistical code and, where the code band is shared
     * (乡 and 苏木 both use 200–399), from the name's suffix.
     *
     * @throws IllegalArgumentException when the code is not 9 or 12 digits
     */
    public static TownshipKind fromCode(String code, String name) {
        if (code == null || !(code.length() == 9 || code.length() == 12) || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("township code must be 9 or 12 digits: '" + code + "'");
        }
        int band = Integer.parseInt(code.substring(6, 9));
        if (band < 100) {
            return STREET;
        }
        if (band < 200) {
            return TOWN;
        }
        if (band < 400) {
            if (name != null && name.endsWith("苏木")) {
                return SUMU;
            }
            if (name != null && name.endsWith("民族乡")) {
                return ETHNIC_TOWNSHIP;
            }
            return TOWNSHIP;
        }
        return OTHER;
    }
}
