package dev.devolve.examples.review;

import dev.devolve.api.PolicyEngine;
import dev.devolve.batch.CsvBatchWriter;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.result.Decision;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a <b>synthetic</b> usage sheet: every township of an area (a county's 6-digit code or a
 * province's 2, or several separated by commas) against every matter delegated to it (outcome
 * DELEGATE with the bundled packs) on the day the last period starts, with cases, reversals and the date of the last evaluation drawn
 * from a generator seeded by the township, matter and period, so the same arguments always give the
 * same sheet. The townships' own facts are the national list's synthetic ones.
 *
 * <p>Per row: the expected cases a year are the catalog's {@code annualCases}, times 1.2 for a street,
 * 1.0 for a town, 0.5 for a township; 12 % of powers are idle (no case), 13 % rarely used (one case
 * in the period, or two or three for a two-year period), the others used the expected number of
 * times scaled by a log-normal factor (σ 0.5). Of the cases, 80 % of powers see 0–5 % overturned,
 * 12 % 10–25 % and 8 % 26–40 %. The last evaluation is mid-2024 for 60 %, 2022-09-30 for 25 % and
 * never for 15 %.
 *
 * <pre>
 * UsageSheetGenerator AREA OUT            one row per township and matter for 2023-01-01..2024-12-31
 * UsageSheetGenerator AREA OUT FIRST_YEAR one row per township, matter and calendar year FIRST_YEAR..2024
 * </pre>
 */
public final class UsageSheetGenerator {

    /** The fixed seed; changing it changes every generated figure. */
    public static final long SEED = 0x5EED_2024_0201L;
    static final String HEADER = "township,townshipName,matter,matterName,from,to,cases,reversals,lastEvaluated\n";

    private UsageSheetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException("usage: UsageSheetGenerator AREA OUT [FIRST_YEAR]");
        }
        int rows = write(args[0], Path.of(args[1]), args.length == 3 ? Integer.parseInt(args[2]) : 0);
        System.out.println("wrote " + rows + " synthetic usage rows to " + args[1]);
    }

    /**
     * Writes the sheet for the townships whose code starts with {@code area} (or one of its comma-separated prefixes).
     *
     * @param firstYear 0 for one two-year period (2023–2024), else one row per calendar year from it to 2024
     * @return the number of rows
     */
    public static int write(String area, Path out, int firstYear) throws IOException {
        PolicyEngine engine = PolicyEngine.builder().build();
        List<LocalDate[]> periods = new ArrayList<>();
        if (firstYear == 0) {
            periods.add(new LocalDate[] {LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)});
        } else {
            for (int y = firstYear; y <= 2024; y++) {
                periods.add(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
            }
        }
        int n = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            List<String> prefixes = List.of(area.split(","));
            for (Township t : NationalTownships.get().stream().filter(t -> prefixes.stream().anyMatch(t.getCode()::startsWith)).toList()) {
                // The powers the township holds when the last period starts: a published decision lists them and it can take them on.
                for (Decision d : engine.assess(t, periods.get(periods.size() - 1)[0]).decisions()) {
                    if (d.outcome() != Outcome.DELEGATE) {
                        continue;
                    }
                    for (LocalDate[] p : periods) {
                        w.write(row(t, d.matter(), p[0], p[1]));
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static String row(Township t, Matter m, LocalDate from, LocalDate to) {
        SplittableRandom r = new SplittableRandom(SEED ^ (t.getCode() + "/" + m.getCode() + "/" + from).hashCode());
        double years = (to.toEpochDay() - from.toEpochDay() + 1) / 365.0;
        double perYear = m.getAnnualCases().doubleValue() * switch (t.getKind()) {
            case STREET -> 1.2;
            case TOWN -> 1.0;
            default -> 0.5;
        };
        double use = r.nextDouble();
        long cases;
        if (use < 0.12) {
            cases = 0;
        } else if (use < 0.25) {
            cases = years > 1.5 ? 1 + r.nextInt(3) : 1;
        } else {
            cases = Math.max(1, Math.round(perYear * years * Math.exp(0.5 * r.nextGaussian())));
        }
        double overturned = r.nextDouble();
        double rate = overturned < 0.80 ? 0.05 * r.nextDouble() : overturned < 0.92 ? 0.10 + 0.15 * r.nextDouble()
                : 0.26 + 0.14 * r.nextDouble();
        long reversals = Math.min(cases, Math.round(cases * rate));
        double evaluated = r.nextDouble();
        String last = evaluated < 0.60 ? "2024-06-30" : evaluated < 0.85 ? "2022-09-30" : "";
        return String.join(",", t.getCode(), CsvBatchWriter.cell(t.getName()), m.getCode(), CsvBatchWriter.cell(m.getName()), from.toString(), to.toString(),
                BigDecimal.valueOf(cases).toPlainString(), String.valueOf(reversals), last) + "\n";
    }
}
