/**
 * Reading facts: a township, matter, province context, shared service or county's mandates from a
 * YAML or JSON file, a list of townships, and the bundled national township list. Every error names
 * the file, line, column and value.
 */
package dev.devolve.input;
