/**
 * Impact analysis between two versions of the packs: which (township, matter) pairs change
 * outcome, where, and what it does to county transfers, with examples explained by both versions.
 */
package dev.devolve.diff;
