package dev.devolve.cli;

import dev.devolve.words.Language;

/** The language of text output, as {@code --lang} spells it. */
enum Lang {
    en, zh;

    Language language() {
        return this == zh ? Language.ZH : Language.EN;
    }
}
