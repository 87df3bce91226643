package dev.devolve.cli;

import dev.devolve.words.Language;

/** The language of text output, as {@code --lang} spells it. */
enum Lang {
    en(Language.EN), zh(Language.ZH);

    private final Language language;

    Lang(Language language) {
        this.language = language;
    }

    Language language() {
        return language;
    }
}
