package dev.devolve.model;

/** A rule's finding that a fact it needs for this matter is absent, named by path. */
public final class MissingFact {

    private final String matterCode;
    private final String path;

    public MissingFact(Matter matter, String path) {
        this.matterCode = matter.getCode();
        this.path = Problem.bounded("path", path);
    }

    public String getMatterCode() { return matterCode; }
    public String getPath() { return path; }

    @Override
    public String toString() {
        return matterCode + ":missing " + path;
    }
}
