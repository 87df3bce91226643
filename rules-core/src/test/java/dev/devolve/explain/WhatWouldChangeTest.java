package dev.devolve.explain;

import dev.devolve.internal.drools.Requirement;
import dev.devolve.model.Matter;
import dev.devolve.model.Township;
import dev.devolve.result.Change;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a blocking rule asks to change, read against the facts of a request. */
class WhatWouldChangeTest {

    private final Facts facts = Facts.of(Township.builder().code("330122101").certifiedOfficers(3).build(), LocalDate.of(2024, 3, 1),
            List.of(), List.of(Matter.builder().code("UM-001").build()), List.of());

    @Test
    void everyRequirementIsReadWithItsOwnOperandHoweverManyPacksCameBefore() {
        for (int i = 0; i < 3 * WhatWouldChange.OPERANDS_KEPT; i++) {
            Change c = WhatWouldChange.change("r" + i, new Requirement("township.certifiedOfficers", ">=", Integer.toString(i + 4)), facts);
            assertThat(c.textEn()).contains(">= " + (i + 4)).contains("3");
            assertThat(WhatWouldChange.operandsKept()).isBetween(1, WhatWouldChange.OPERANDS_KEPT);
        }
    }

    @Test
    void aLongOperandIsWrittenButNotKept() {
        String words = String.join(" or ", java.util.Collections.nCopies(40, "TOWN"));
        Requirement r = new Requirement("township.kind", "==", words);
        assertThat(r.fact().length() + r.operand().length()).isGreaterThan(WhatWouldChange.OPERAND_KEPT_LENGTH);
        int before = WhatWouldChange.operandsKept();
        Change c = WhatWouldChange.change("long", r, facts);
        assertThat(c.textEn()).contains(words);
        assertThat(c.textZh()).contains("镇（TOWN）或镇（TOWN）");
        assertThat(WhatWouldChange.operandsKept()).isEqualTo(before);
    }
}
