package dev.devolve.scenario;

import dev.devolve.location.SourceLocation;
import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One scenario of a scenario file: the facts, the date and what is expected. A scenario has one
 * subject: a matter (a delegation decision, with its money), a service (a shared-service split), a
 * duty (which list it is on) or a proposal (an admission).
 *
 * @param name       its plain-language name
 * @param file       the file it is in
 * @param line       the line its entry starts on
 * @param asOf       the date
 * @param township   the township: inline facts, or a code from the national list
 * @param matter     inline matter facts
 * @param matterCode a catalog code, resolved against the engine's catalog
 * @param matterLine the line of the matter, for errors about it
 * @param service    a shared service to split
 * @param province   the province's position on the matter
 * @param duty       the annual cost of a duty the county places on the township for the matter
 * @param transfer   the annual transfer the county makes for it
 * @param expect     what is expected
 * @param duties     a duty or proposal subject (which list a duty is on, or an admission), when the scenario has one
 */
public record Scenario(String name, Path file, int line, LocalDate asOf, Township township, Optional<Matter> matter,
                       Optional<String> matterCode, int matterLine, Optional<SharedService> service,
                       Optional<ProvinceContext> province, Optional<BigDecimal> duty, Optional<BigDecimal> transfer,
                       Expectation expect, Optional<DutySubject> duties) {

    /** {@code file:line}, as every report names it. */
    public SourceLocation location() {
        return SourceLocation.of(file.toString(), line);
    }
}
