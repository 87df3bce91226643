package dev.devolve.model;

import java.util.Locale;

/** A level of government, in the order amounts are split. */
public enum Level implements Term {
    CENTRAL, PROVINCE, CITY, COUNTY, TOWNSHIP;

    /** The word used in files and JSON: {@code central}, {@code province} … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
