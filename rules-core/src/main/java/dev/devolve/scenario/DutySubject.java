package dev.devolve.scenario;

import dev.devolve.internal.io.Node;
import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;

import java.util.Optional;

/**
 * A duty scenario's subject: a {@code duty:} (which list it is on) or a {@code proposal:} (its
 * admission), as written, with the delegated power the duty exercises when the scenario gives it
 * ({@code matter:} with the duty's {@code matter} code, and {@code province:}). The duty is read
 * against the engine's catalog when the scenario runs, so a catalog code, and inline facts under a
 * catalog code, are checked there, with the place they are written.
 *
 * @param duty     the {@code duty:} node: a catalog code or duty facts; empty for a proposal
 * @param proposal the {@code proposal:} node; empty for a duty
 * @param matter   the power the duty exercises, when given inline
 * @param province the province's position on it
 * @param expect   what the duty's list or the proposal's admission must show
 */
public record DutySubject(Optional<Node> duty, Optional<Node.MapNode> proposal, Optional<Matter> matter,
                          Optional<ProvinceContext> province, DutyExpectation expect) implements Subject {
}
