package dev.devolve.model;

/** A rule's finding of the mode in which a matter goes down. */
public final class ModeFinding {

    private final String matterCode;
    private final Mode mode;

    public ModeFinding(Matter matter, Mode mode) {
        this.matterCode = matter.getCode();
        this.mode = mode;
    }

    public String getMatterCode() { return matterCode; }
    public Mode getMode() { return mode; }

    @Override
    public String toString() {
        return matterCode + ":" + mode;
    }
}
