package dev.devolve.model;

/** Classified guidance (分类指导): classes a township may belong to. */
public enum TownshipClass implements Term {
    ECONOMICALLY_DEVELOPED_TOWN,
    COUNTY_SUBCENTRE,
    CENTRAL_TOWN,
    URBANISED,
    REMOTE;
}
