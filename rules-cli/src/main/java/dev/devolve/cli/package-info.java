/**
 * The {@code devolve} command line: thin subcommands that parse flags, call rules-core and format
 * its results as text, JSON or CSV. The command line owns the console; the library never prints.
 */
package dev.devolve.cli;
