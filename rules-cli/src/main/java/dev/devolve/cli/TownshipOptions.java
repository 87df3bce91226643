package dev.devolve.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** The township, date and language options that decide and assess share. */
final class TownshipOptions {

    @Option(names = "--township", required = true, paramLabel = "T",
            description = "A township code from the national list, or a YAML/JSON file of township facts.")
    String township;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date to decide for (YYYY-MM-DD); default today.")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of text output: en or zh; default en.")
    Lang lang = Lang.en;
}
