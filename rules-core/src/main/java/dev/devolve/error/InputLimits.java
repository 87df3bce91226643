package dev.devolve.error;

import java.math.BigDecimal;

/**
 * The ranges every number read from input must fall in, checked on the text before any arithmetic,
 * so that no exponent ({@code 1e999999999}) or run of digits can make a reader or a rule allocate
 * without bound. Every file reader (YAML, JSON, CSV, spreadsheets, parameters, scenarios) and every
 * command-line number goes through {@link #number(String)}; the errors it throws are turned into
 * located {@link InputException}s by the reader.
 *
 * <ul>
 *   <li>any number: at most {@value #MAX_NUMBER_TEXT} characters, less than 10^{@value #MAX_INTEGER_DIGITS}
 *       in magnitude, at most {@value #MAX_SCALE} decimal places (trailing zeros do not count);</li>
 *   <li>whole numbers (counts, tiers, INTEGER parameters): as above and without a fraction;</li>
 *   <li>amounts in yuan (costs, revenue, duties, transfers, service amounts): as above, zero or more,
 *       and to the fen ({@value #YUAN_SCALE} decimal places).</li>
 * </ul>
 */
public final class InputLimits {

    /** The longest text a number may be written with. */
    public static final int MAX_NUMBER_TEXT = 40;
    /** A number is less than 10 to this power in magnitude. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The most decimal places a number may have. */
    public static final int MAX_SCALE = 6;
    /** The most decimal places an amount of yuan may have. */
    public static final int YUAN_SCALE = 2;

    private InputLimits() {
    }

    /**
     * Reads a number within the limits: exact, with a scale of zero or more.
     *
     * @throws IllegalArgumentException naming the (quoted, bounded) text when it is not a number or out of range
     */
    public static BigDecimal number(String text) {
        if (text.length() > MAX_NUMBER_TEXT) {
            throw new IllegalArgumentException("a number is written with at most " + MAX_NUMBER_TEXT + " characters, found "
                    + SafeText.quote(text));
        }
        BigDecimal d;
        try {
            d = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number, found " + SafeText.quote(text), e);
        }
        // Digits before the decimal point, in long: precision - scale overflows an int for 1e2147483647.
        long integerDigits = (long) d.precision() - d.scale();
        if (d.signum() != 0 && integerDigits > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("a number must be less than 10^" + MAX_INTEGER_DIGITS + " in magnitude, found "
                    + SafeText.quote(text));
        }
        if (d.scale() > MAX_SCALE) {
            d = d.stripTrailingZeros();
            if (d.scale() > MAX_SCALE) {
                throw new IllegalArgumentException("a number has at most " + MAX_SCALE + " decimal places, found " + SafeText.quote(text));
            }
        }
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * Reads a whole number within the limits and the range of an {@code int}.
     *
     * @throws IllegalArgumentException when it is not a whole number or out of range
     */
    public static int whole(String text) {
        BigDecimal d = number(text);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("expected a whole number, found " + SafeText.quote(text), e);
        }
    }

    /**
     * Reads an amount of yuan: a number within the limits, zero or more, to the fen.
     *
     * @throws IllegalArgumentException when it is not such an amount
     */
    public static BigDecimal yuan(String text) {
        return yuan(number(text), text);
    }

    /**
     * Checks a number already read as an amount of yuan.
     *
     * @param text the text it was read from, quoted in the error
     * @throws IllegalArgumentException when it is negative or finer than the fen
     */
    public static BigDecimal yuan(BigDecimal amount, String text) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount is zero or more yuan, found " + SafeText.quote(text));
        }
        if (amount.stripTrailingZeros().scale() > YUAN_SCALE) {
            throw new IllegalArgumentException("an amount of yuan has at most " + YUAN_SCALE + " decimal places (the fen), found "
                    + SafeText.quote(text));
        }
        return amount;
    }
}
