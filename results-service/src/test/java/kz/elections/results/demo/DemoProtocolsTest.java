package kz.elections.results.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.protocol.ProtocolChecks;

class DemoProtocolsTest {

    /** 5,027 precincts of 2,100 to 2,700 voters adding up to the 12,035,578 registered in 2023. */
    private static long[] precinctVoters() {
        int count = 5_027;
        long[] voters = new long[count];
        long base = DemoProtocols.REGISTERED_VOTERS / count;
        for (int i = 0; i < count; i++) {
            voters[i] = base + (i < DemoProtocols.REGISTERED_VOTERS % count ? 1 : 0);
        }
        for (int pair = 0; 2 * pair + 1 < count; pair++) {
            voters[2 * pair] += pair % 301;
            voters[2 * pair + 1] -= pair % 301;
        }
        return voters;
    }

    private static final long[] VOTERS = precinctVoters();
    private static final long[] ISSUED = DemoProtocols.issued(VOTERS, DemoProtocols.BALLOTS_ISSUED);
    private static final List<DemoProtocols.Figures> LIST = DemoProtocols.protocols(VOTERS, ISSUED, DemoProtocols.INVALID,
            DemoProtocols.AGAINST_ALL, DemoProtocols.LIST_VOTES_2023.stream().map(DemoProtocols.PartyVotes::votes).toList());

    private static ProtocolChecks.Counts counts(DemoProtocols.Figures f) {
        return new ProtocolChecks.Counts(f.votersOnList(), 0, f.ballotsReceived(), f.ballotsIssued(), f.ballotsCancelled(),
                f.tookPart(), f.invalid(), f.againstAll(), f.votes());
    }

    @Test
    void theListProtocolsAddUpToTheOfficial2023Figures() {
        assertEquals(12_035_578L, LIST.stream().mapToLong(DemoProtocols.Figures::votersOnList).sum());
        assertEquals(6_521_860L, LIST.stream().mapToLong(DemoProtocols.Figures::ballotsIssued).sum());
        assertEquals(6_521_860L, LIST.stream().mapToLong(DemoProtocols.Figures::tookPart).sum());
        assertEquals(155_419L, LIST.stream().mapToLong(DemoProtocols.Figures::invalid).sum());
        assertEquals(248_291L, LIST.stream().mapToLong(DemoProtocols.Figures::againstAll).sum());
        long[] votes = new long[7];
        LIST.forEach(f -> IntStream.range(0, 7).forEach(j -> votes[j] += f.votes().get(j)));
        assertArrayEquals(new long[] {3_431_510, 693_938, 547_154, 432_920, 146_431, 535_139, 331_058}, votes);
        assertEquals(6_366_441L, Arrays.stream(votes).sum() + 248_291L, "valid ballots including against all");
    }

    @Test
    void everyListProtocolPassesItsControlRelations() {
        assertEquals(5_027, LIST.size());
        LIST.forEach(f -> assertEquals(List.of(), ProtocolChecks.check(counts(f)), f.toString()));
    }

    @Test
    void eachPrecinctReceivedItsVotersAndOnePercentMoreRoundedUp() {
        assertTrue(LIST.stream().allMatch(f -> f.ballotsReceived() == f.votersOnList() + (f.votersOnList() + 99) / 100));
        long least = LIST.stream().mapToLong(f -> f.votes().get(0)).min().orElseThrow();
        assertTrue(least > 0, "every precinct has Amanat votes");
    }

    @Test
    void aDistrictsProtocolsAddUpToItsTotalsAndPassTheirControls() {
        long[] voters = Arrays.copyOf(VOTERS, 180);
        long[] issued = Arrays.copyOf(ISSUED, 180);
        long tookPart = Arrays.stream(issued).sum();
        long[] totals = DemoProtocols.totals(tookPart, new long[] {2, 5, 48, 22, 14});
        List<DemoProtocols.Figures> district = DemoProtocols.protocols(voters, issued, totals[0], totals[1],
                List.of(totals[2], totals[3], totals[4]));

        assertEquals(tookPart, Arrays.stream(totals).sum());
        assertEquals(totals[2], district.stream().mapToLong(f -> f.votes().get(0)).sum());
        assertEquals(totals[1], district.stream().mapToLong(DemoProtocols.Figures::againstAll).sum());
        district.forEach(f -> assertEquals(List.of(), ProtocolChecks.check(counts(f)), f.toString()));
    }

    @ParameterizedTest(name = "{0} over {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "10 | 1,1,1 | 4,3,3",
        "100 | 1,2,3,4 | 10,20,30,40",
        "7 | 5,5 | 4,3",
        "5 | 1,0,2 | 2,0,3",
        "6521860 | 12035578 | 6521860",
        "0 | 3,4 | 0,0"})
    void largestRemainderSplitsExactlyWithEqualRemaindersToTheEarlier(long total, String weights, String expected) {
        assertArrayEquals(parse(expected), DemoProtocols.largestRemainder(total, parse(weights)));
    }

    @ParameterizedTest(name = "rows {0}, columns {1}")
    @CsvSource(delimiter = '|', value = {
        "3,3 | 2,2,2 | 1,1,1;1,1,1",
        "5,1 | 1,2,3 | 1,2,2;0,0,1",
        "4,0,6 | 5,5 | 2,2;0,0;3,3"})
    void aTableIsFilledWithItsRowAndColumnSums(String rows, String columns, String expected) {
        long[][] table = DemoProtocols.splitColumns(parse(rows), parse(columns));
        long[][] wanted = Arrays.stream(expected.split(";")).map(DemoProtocolsTest::parse).toArray(long[][]::new);
        assertArrayEquals(wanted, table);
    }

    @Test
    void refusesTotalsThatDoNotAddUp() {
        assertThrows(IllegalArgumentException.class, () -> DemoProtocols.splitColumns(new long[] {3, 3}, new long[] {2, 2}));
        assertThrows(IllegalArgumentException.class, () -> DemoProtocols.issued(new long[] {10, 10}, 21));
    }

    private static long[] parse(String values) {
        return Arrays.stream(values.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray();
    }
}
