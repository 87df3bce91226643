package dev.devolve.pack;

import dev.devolve.error.Diagnostic;
import dev.devolve.error.InputException;
import dev.devolve.error.PackBuildException;
import dev.devolve.error.SafeText;
import dev.devolve.model.Provenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one reader of parameters, whatever file holds them: {@link ParameterYaml} and
 * {@link ParameterSheet} decode their format into a {@link Declared} parameter and its
 * {@link Dated} values, and everything a parameter must satisfy — its name, date order, shares,
 * sums and provenance — is checked here, each error at its place in the file
 * ({@code file:line:col}, or the sheet's row and column).
 */
final class ParameterReader {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    /** Where a part of a parameter is in its file: errors at a key (a column), or at a value's entry. */
    interface Place {
        /** An error at this key of the definition or value; the whole of it when the key is absent. */
        InputException at(String key, String what);

        /** An error at an entry of a TABLE value (a key), or at the whole value (null). */
        InputException atValue(String entry, String what);
    }

    /** A parameter as its file declares it, before its values. */
    record Declared(String name, Parameter.Type type, String zh, String en, String unit, BigDecimal sumsTo, String source,
                    Place place) {
    }

    /** One dated value as its file gives it: the value decoded for its type, provenance not yet checked. */
    record Dated(LocalDate since, Object value, String reference, String note, String status, Place place) {
    }

    private final Declared declared;
    private final List<ParameterValue> values = new ArrayList<>();

    private ParameterReader(Declared declared) {
        this.declared = declared;
    }

    /** Checks a parameter's name, before anything else of it is read. */
    static void name(String name, Function<String, InputException> error) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw error.apply("a parameter name is dotted lower-case words, e.g. capacity.min_certified_officers, found "
                    + SafeText.quote(name));
        }
    }

    /** Starts a parameter whose name, type and descriptions are read: {@code sumsTo} fits its type. */
    static ParameterReader start(Declared d) {
        if (d.sumsTo() != null && d.type() != Parameter.Type.TABLE) {
            throw d.place().at("sumsTo", "sumsTo applies to TABLE parameters only");
        }
        return new ParameterReader(d);
    }

    /** Adds the next dated value, checked: after the one before, shares and sum right, provenance given. */
    void add(Dated v) {
        LocalDate previous = values.isEmpty() ? null : values.get(values.size() - 1).since();
        if (previous != null && !v.since().isAfter(previous)) {
            throw v.place().at("since", "values must be in date order; " + v.since() + " is not after " + previous);
        }
        if (declared.sumsTo() != null) {
            checkSum(v.value(), declared.sumsTo(), v.place());
        }
        checkShares(declared.name(), declared.type(), v.value(), declared.sumsTo(), v.place());
        Provenance provenance = provenance(v.reference(), v.note(), v.status(), declared.unit(), v.place());
        values.add(new ParameterValue(v.since(), v.value(), provenance));
    }

    /** The parameter, once every value is added. */
    Parameter finish() {
        if (values.isEmpty()) {
            throw declared.place().at("values", "a parameter needs at least one dated value");
        }
        return new Parameter(declared.name(), declared.type(), declared.zh(), declared.en(), values, declared.source());
    }

    /**
     * Where a value comes from: a citation id as {@code reference}, a {@code note}, at least one
     * of them, and {@code status} {@code verified} or {@code modelled}.
     */
    private static Provenance provenance(String reference, String note, String status, String unit, Place place) {
        if (reference != null && !Citations.isValid(reference)) {
            throw place.at("reference", "a reference is a citation id, SOURCE, SOURCE art.N or SOURCE §N with a known source "
                    + Citations.sources().keySet() + ", found " + SafeText.quote(reference));
        }
        if (blank(reference) && blank(note)) {
            throw place.at("note", "every value needs a reference (a citation id) or a note saying where it comes from");
        }
        Provenance.Status s = null;
        for (Provenance.Status candidate : Provenance.Status.values()) {
            if (candidate.word().equals(status)) {
                s = candidate;
            }
        }
        if (s == null) {
            throw place.at("status", "every value needs status: verified (its source states the number) or modelled,"
                    + " found " + (status == null ? "none" : SafeText.quote(status)));
        }
        return new Provenance(Optional.ofNullable(blank(reference) ? null : reference), Optional.ofNullable(blank(note) ? null : note), s,
                Optional.ofNullable(blank(unit) ? null : unit));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void checkSum(Object value, BigDecimal sumsTo, Place place) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object v : ((Map<?, ?>) value).values()) {
            if (!(v instanceof BigDecimal d)) {
                throw place.atValue(null, "every entry must be a number when the table sums to " + sumsTo.toPlainString());
            }
            sum = sum.add(d);
        }
        if (sum.compareTo(sumsTo) != 0) {
            throw place.atValue(null, "the shares add up to " + sum.toPlainString() + ", not " + sumsTo.toPlainString());
        }
    }

    /**
     * A parameter holds shares when a segment of its name ends in {@code share} or {@code split}
     * ({@code fiscal.township_share}, {@code fiscal.central_share.tiered}, {@code fiscal.local_split}),
     * or when it declares {@code sumsTo}: each share is a number from 0 to 1 (to {@code sumsTo}),
     * and a split's shares add up to 1 whether or not it says so. A pack that breaks this is
     * rejected with {@code PARAMETER_SHARE}: a share of 1.5 would make a negative transfer, and a
     * split of {@code {province: 3, city: -2.5, county: 0.5}} sums to 1.
     */
    private static void checkShares(String name, Parameter.Type type, Object value, BigDecimal sumsTo, Place place) {
        boolean split = false;
        boolean share = sumsTo != null;
        for (String segment : name.split("\\.")) {
            split |= segment.endsWith("split");
            share |= segment.endsWith("share") || segment.endsWith("split");
        }
        if (!share) {
            return;
        }
        BigDecimal bound = sumsTo != null ? sumsTo : BigDecimal.ONE;
        if (type == Parameter.Type.NUMBER) {
            BigDecimal d = (BigDecimal) value;
            if (d.signum() < 0 || d.compareTo(bound) > 0) {
                throw integrity(place.atValue(null, "a share is between 0 and " + bound.toPlainString() + ", found " + d.toPlainString()));
            }
            return;
        }
        if (type != Parameter.Type.TABLE) {
            throw integrity(place.atValue(null, "a share is a NUMBER between 0 and 1, or a TABLE of them; found type " + type));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            if (!(e.getValue() instanceof BigDecimal d) || d.signum() < 0 || d.compareTo(bound) > 0) {
                throw integrity(place.atValue(String.valueOf(e.getKey()), "a share is a number between 0 and " + bound.toPlainString()
                        + ", found " + (e.getValue() instanceof BigDecimal d ? d.toPlainString() : "'" + e.getValue() + "'")));
            }
            sum = sum.add((BigDecimal) e.getValue());
        }
        if (split && sum.compareTo(BigDecimal.ONE) != 0) {
            throw integrity(place.atValue(null, "the shares of a split add up to 1, found " + sum.toPlainString()));
        }
    }

    /** A parameter value that parses but cannot be right: the pack is rejected, at the value's place. */
    private static PackBuildException integrity(InputException at) {
        return new PackBuildException(List.of(Diagnostic.error("PARAMETER_SHARE", at.location(), at.detail())));
    }
}
