package dev.devolve.model;

/** The legal form in which a power goes down (下放方式), for DELEGATE and ELIGIBLE outcomes. */
public enum Mode implements Term {
    /** 交由行使: handed over under APL2021 art.24; the township acts in its own name. */
    HANDOVER,
    /** 委托: entrusted under APL2021 arts.20–21; the township acts in the department's name. */
    ENTRUST,
    /** 直接下放: delegated directly (non-enforcement matters). */
    DIRECT,
    /** 窗口前移: the township accepts applications, the county decides. */
    FRONT_WINDOW;
}
