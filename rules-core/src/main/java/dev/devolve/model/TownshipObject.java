package dev.devolve.model;

/** What can exist in a township for a duty to act on (监管对象): a duty whose objects are all absent is recalled. */
public enum TownshipObject {
    MINES("矿山"),
    FORESTS("森林"),
    GRASSLANDS("草原"),
    RIVERS_AND_LAKES("河湖"),
    COASTLINE("海岸线"),
    FARMLAND("耕地"),
    HAZARDOUS_CHEMICALS("危险化学品企业"),
    SPECIAL_EQUIPMENT("特种设备"),
    GAS_SUPPLY("燃气供应"),
    CONSTRUCTION_SITES("建筑工地"),
    INDUSTRIAL_ENTERPRISES("工业企业"),
    FOOD_BUSINESSES("食品经营者"),
    SCENIC_AREAS("景区"),
    LIVESTOCK_FARMS("畜禽养殖场"),
    SCHOOLS("学校"),
    CULTURAL_RELICS("文物");

    private final String zh;

    TownshipObject(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }
}
