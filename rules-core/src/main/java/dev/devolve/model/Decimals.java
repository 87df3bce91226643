package dev.devolve.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Bounds on the decimals a finding may hold. Rule arithmetic rounds to 34 significant digits, which
 * bounds a decimal's precision but not its scale: squaring 0.000001 a few dozen times gives a
 * number whose plain form has hundreds of millions of digits, and rounding, printing or comparing it
 * exactly would exhaust the heap. A finding therefore refuses any decimal with more than
 * {@link #MAX_SCALE} digits after the point or more than {@link #MAX_INTEGER_DIGITS} before it, and
 * its messages show a decimal only through {@link #describe}, never in plain form.
 */
final class Decimals {

    /** Digits after the decimal point a finding's decimal may have. */
    static final int MAX_SCALE = 64;
    /** Digits before the decimal point a finding's decimal may have (below 10¹⁸). */
    static final int MAX_INTEGER_DIGITS = 18;

    private static final MathContext SHOWN = new MathContext(12);

    private Decimals() {
    }

    /**
     * {@code value} when it is within the bounds (or null), else an IllegalArgumentException
     * naming {@code what} and the value rounded to 12 digits in scientific form.
     */
    static BigDecimal bounded(String what, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.scale() > MAX_SCALE) {
            throw new IllegalArgumentException(what + " has " + value.scale() + " digits after the point, at most " + MAX_SCALE
                    + ": " + describe(value));
        }
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(what + " has more than " + MAX_INTEGER_DIGITS + " digits before the point: "
                    + describe(value));
        }
        return value;
    }

    /** A decimal for a message: at most 12 significant digits, in scientific form when its plain form would be long. */
    static String describe(BigDecimal value) {
        BigDecimal shown = value.round(SHOWN);
        long digits = Math.max((long) shown.precision(), (long) shown.precision() - shown.scale()) + Math.max(0, shown.scale());
        return digits <= 40 ? shown.toPlainString() : shown.toString();
    }
}
