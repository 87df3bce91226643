/** A standalone program embedding the engine: decide one matter, then assess a township's list. */
package dev.devolve.examples.embedding;
