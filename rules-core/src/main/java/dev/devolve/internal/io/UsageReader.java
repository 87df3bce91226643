package dev.devolve.internal.io;

import dev.devolve.model.Usage;
import dev.devolve.model.UsageFacts;

import java.time.LocalDate;

/**
 * Reads usage facts (declared in {@link UsageFacts}: {@code from}, {@code to}, {@code cases},
 * {@code reversals}, {@code lastEvaluated}) from a scenario's {@code usage:} block or a usage sheet's row, refusing a reversed period, a
 * negative or fractional count and more reversals than cases at the offending key.
 */
public final class UsageReader {

    /** The keys of the usage facts. */
    public static final String FROM = UsageFacts.FROM.key();
    public static final String TO = UsageFacts.TO.key();
    public static final String CASES = UsageFacts.CASES.key();
    public static final String REVERSALS = UsageFacts.REVERSALS.key();
    public static final String LAST_EVALUATED = UsageFacts.LAST_EVALUATED.key();

    private UsageReader() {
    }

    /** The usage of one record; every other key of the record is the caller's to read. */
    public static Usage read(Fields f) {
        LocalDate from = required(f, FROM, (LocalDate) FactReader.read(f, UsageFacts.FROM));
        LocalDate to = required(f, TO, (LocalDate) FactReader.read(f, UsageFacts.TO));
        if (to.isBefore(from)) {
            throw f.errorAt(TO, "the period ends (" + to + ") before it starts (" + from + ")");
        }
        long cases = count(f, CASES, required(f, CASES, (Integer) FactReader.read(f, UsageFacts.CASES)));
        Integer r = (Integer) FactReader.read(f, UsageFacts.REVERSALS);
        long reversals = r == null ? 0 : count(f, REVERSALS, r);
        if (reversals > cases) {
            throw f.errorAt(REVERSALS, reversals + " reversals is more than the " + cases + " cases");
        }
        return Usage.builder().from(from).to(to).cases(cases).reversals(reversals).lastEvaluated((LocalDate) FactReader.read(f, UsageFacts.LAST_EVALUATED)).build();
    }

    private static <T> T required(Fields f, String key, T value) {
        if (value == null) {
            throw f.errorAt(key, "is required");
        }
        return value;
    }

    private static long count(Fields f, String key, int value) {
        if (value < 0 || value > Usage.MAX_CASES) {
            throw f.errorAt(Node.NUMBER, key, "must be a whole number from 0 to " + Usage.MAX_CASES + ", found " + value);
        }
        return value;
    }
}
