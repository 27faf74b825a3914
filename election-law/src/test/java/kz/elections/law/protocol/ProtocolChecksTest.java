package kz.elections.law.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.elections.law.protocol.ProtocolChecks.Counts;
import kz.elections.law.protocol.ProtocolChecks.Failure;

/** One test per control relation of the precinct protocol (Art. 43), each at its boundary. */
class ProtocolChecksTest {

    /** A consistent protocol: 1,000 on the list, 800 received, 600 issued, 200 cancelled, 590 took part. */
    private static Counts valid() {
        return new Counts(1000, 0, 800, 600, 200, 590, 10, 30, List.of(300L, 250L));
    }

    private static List<String> failed(Counts counts) {
        return ProtocolChecks.check(counts).stream().map(Failure::relation).toList();
    }

    @Test
    void aConsistentProtocolPassesEveryRelation() {
        assertEquals(List.of(), failed(valid()));
    }

    @Test
    void receivedMustEqualIssuedPlusCancelled() {
        Counts c = valid();
        List<Failure> failures = ProtocolChecks.check(new Counts(c.votersOnList(), 0, 801, 600, 200, 590, 10, 30, c.options()));
        assertEquals(List.of("RECEIVED_EQUALS_ISSUED_PLUS_CANCELLED"), failures.stream().map(Failure::relation).toList());
        assertEquals("801 ≠ 600 + 200", failures.get(0).figures());
    }

    @Test
    void tookPartMayNotExceedIssued() {
        assertEquals(List.of(), failed(new Counts(1000, 0, 800, 600, 200, 600, 20, 30, List.of(300L, 250L))));
        assertEquals(List.of("TOOK_PART_AT_MOST_ISSUED"),
                failed(new Counts(1000, 0, 800, 600, 200, 601, 21, 30, List.of(300L, 250L))));
    }

    @Test
    void tookPartMustEqualInvalidPlusAgainstAllPlusVotes() {
        List<Failure> failures = ProtocolChecks.check(new Counts(1000, 0, 800, 600, 200, 590, 10, 30, List.of(300L, 249L)));
        assertEquals(List.of("TOOK_PART_EQUALS_INVALID_AGAINST_ALL_AND_VOTES"), failures.stream().map(Failure::relation).toList());
        assertEquals("590 ≠ 10 + 30 + 549", failures.get(0).figures());
    }

    @Test
    void issuedMayNotExceedVotersOnTheListPlusThoseAddedOnElectionDay() {
        assertEquals(List.of("ISSUED_AT_MOST_VOTERS"), failed(new Counts(599, 0, 800, 600, 200, 590, 10, 30, List.of(300L, 250L))));
        assertEquals(List.of(), failed(new Counts(599, 1, 800, 600, 200, 590, 10, 30, List.of(300L, 250L))));
    }

    @Test
    void everyFailedRelationIsNamed() {
        assertEquals(4, ProtocolChecks.check(new Counts(10, 0, 800, 600, 100, 700, 0, 0, List.of(1L))).size());
    }
}
