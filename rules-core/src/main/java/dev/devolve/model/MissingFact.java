package dev.devolve.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's finding that a fact it needs for this matter is absent, named by path.
 *
 * <p>{@link #absent} lists every fact of the township and the matter that is not known, as their
 * fact tables declare; a pack's rules say which of them they need:
 * <pre>{@code
 * $f : MissingFact(path == "township.kind" || path == "matter.category") from MissingFact.absent($t, $m)
 * }</pre>
 */
public final class MissingFact {

    /** The placeholder a rule's sentence names the missing fact with: its path and its name. */
    public static final String PLACEHOLDER = "{missing}";

    private final String matterCode;
    private final String path;

    public MissingFact(Matter matter, String path) {
        this.matterCode = matter.getCode();
        this.path = Problem.bounded("path", path);
    }

    /** The facts of the township and of the matter that are not known, as findings for the matter, township first. */
    public static List<MissingFact> absent(Township township, Matter matter) {
        List<MissingFact> out = new ArrayList<>();
        township.getMissing().forEach(p -> out.add(new MissingFact(matter, p)));
        matter.getMissing().forEach(p -> out.add(new MissingFact(matter, p)));
        return out;
    }

    public String getMatterCode() { return matterCode; }
    public String getPath() { return path; }

    @Override
    public String toString() {
        return matterCode + ":missing " + path;
    }
}
