package dev.devolve.cli;

/** The language of text output. */
enum Lang {
    en, zh
}
