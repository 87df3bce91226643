/** JMH benchmarks of building an engine, deciding one matter and assessing one township. */
package dev.devolve.bench;
