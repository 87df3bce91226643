/**
 * The fact model: the township, matter and province facts rules match on, the vocabulary of
 * outcomes, modes and obligations, and the findings rules insert to report what they found
 * (rules never mutate shared state). Every name here is the stable vocabulary that scenario files,
 * JSON output and the command line use.
 */
package dev.devolve.model;
