package dev.devolve.model;

/**
 * What a township has in its area that a duty may attach to (mines, forests, schools …), as
 * the duty lists name them.
 */
public enum TownshipObject {
    MINES, FORESTS, GRASSLANDS, RIVERS_AND_LAKES, COASTLINE, FARMLAND, HAZARDOUS_CHEMICALS, SPECIAL_EQUIPMENT,
    GAS_SUPPLY, CONSTRUCTION_SITES, INDUSTRIAL_ENTERPRISES, FOOD_BUSINESSES, SCENIC_AREAS, LIVESTOCK_FARMS, SCHOOLS,
    CULTURAL_RELICS
}
