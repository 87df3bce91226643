package dev.devolve.model;

import java.util.Locale;

/** A level of government, in the order amounts are split. */
public enum Level {
    CENTRAL("中央"), PROVINCE("省"), CITY("市"), COUNTY("县"), TOWNSHIP("乡镇");

    private final String zh;

    Level(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** The word used in files and JSON: {@code central}, {@code province} … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
