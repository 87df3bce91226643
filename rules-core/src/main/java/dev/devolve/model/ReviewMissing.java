package dev.devolve.model;

import java.util.Objects;

/** A review rule's finding that a fact it needs is absent or unusable, named by path ({@code usage.from}). */
public final class ReviewMissing {

    private final String path;

    public ReviewMissing(Usage usage, String path) {
        Objects.requireNonNull(usage, "usage");
        this.path = Problem.bounded("path", path);
    }

    public String getPath() { return path; }

    @Override
    public String toString() {
        return "missing " + path;
    }
}
