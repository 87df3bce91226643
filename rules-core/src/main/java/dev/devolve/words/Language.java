package dev.devolve.words;

import java.util.Locale;

/** The languages Devolve writes sentences in: English (the base bundles) and Chinese. */
public enum Language {
    EN(Locale.ROOT), ZH(Locale.CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale its bundles are found under: the base bundle for English, {@code _zh} for Chinese. */
    Locale locale() {
        return locale;
    }
}
