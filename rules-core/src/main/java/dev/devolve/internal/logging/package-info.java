/**
 * Where POI's log4j-api messages go when the host has chosen no Log4j backend: to SLF4J, through
 * a provider of the lowest priority, so that a host's own {@code log4j-core} or
 * {@code log4j-to-slf4j} always takes precedence and the library neither prints nor forces a bridge.
 */
package dev.devolve.internal.logging;
