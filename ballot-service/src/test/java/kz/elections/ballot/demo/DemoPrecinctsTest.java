package kz.elections.ballot.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.ballot.precinct.PrecinctCsv;

class DemoPrecinctsTest {

    private static final List<DemoPrecincts.Precinct> PLAN = DemoPrecincts.plan();

    @Test
    void theVotersOfAllPrecinctsAddUpToThe12035578RegisteredIn2023() {
        assertEquals(12_035_578L, PLAN.stream().mapToLong(DemoPrecincts.Precinct::voters).sum());
        assertEquals(12_035_578L, DemoPrecincts.votersPerUnit().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void eachUnitsPrecinctsHoldExactlyItsVoters() {
        Map<String, Long> byUnit = PLAN.stream().collect(Collectors.groupingBy(DemoPrecincts.Precinct::unitCode,
                Collectors.summingLong(DemoPrecincts.Precinct::voters)));
        assertEquals(DemoPrecincts.votersPerUnit(), Map.copyOf(byUnit));
        assertEquals(20, byUnit.size());
    }

    @Test
    void noPrecinctHoldsMoreThan3000Voters() {
        int largest = PLAN.stream().mapToInt(DemoPrecincts.Precinct::voters).max().orElseThrow();
        int smallest = PLAN.stream().mapToInt(DemoPrecincts.Precinct::voters).min().orElseThrow();
        assertTrue(largest <= 2_700, "largest " + largest);
        assertTrue(smallest >= 2_000, "smallest " + smallest);
    }

    @Test
    void aboutFiveThousandPrecinctsNumberedFromOneInEachUnit() {
        assertEquals(5_027, PLAN.size());
        Map<String, List<Integer>> numbers = PLAN.stream().collect(Collectors.groupingBy(DemoPrecincts.Precinct::unitCode,
                Collectors.mapping(DemoPrecincts.Precinct::number, Collectors.toList())));
        numbers.values().forEach(n -> assertEquals(java.util.stream.IntStream.rangeClosed(1, n.size()).boxed().toList(), n));
    }

    @ParameterizedTest(name = "{0}: districts 1..{1}")
    @CsvSource({"KZ-75, 3", "KZ-61, 3", "KZ-71, 2", "KZ-19, 2", "KZ-62, 1", "KZ-10, 1"})
    void aUnitsPrecinctsAreSharedOutOverIts2023Districts(String unit, int districts) {
        Map<Integer, Long> perDistrict = PLAN.stream().filter(p -> p.unitCode().equals(unit))
                .collect(Collectors.groupingBy(DemoPrecincts.Precinct::district, Collectors.counting()));
        assertEquals(districts, perDistrict.size());
        long fewest = perDistrict.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        long most = perDistrict.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(most - fewest <= 1, perDistrict.toString());
    }

    @ParameterizedTest(name = "{0} voters → {1} precincts")
    @CsvSource({"2400, 1", "2401, 2", "150000, 63", "1398765, 583", "4801, 3"})
    void aUnitIsSplitIntoPrecinctsOfAbout2400WithTheTotalKept(long voters, int precincts) {
        List<Integer> sizes = DemoPrecincts.precinctSizes(voters);
        assertEquals(precincts, sizes.size());
        assertEquals(voters, sizes.stream().mapToLong(Integer::longValue).sum());
        assertTrue(sizes.stream().allMatch(s -> s > 0 && s <= 3_000), sizes.toString());
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource(delimiter = '|', value = {
        "10 | 1,1,1 | 4,3,3",
        "100 | 1,2,3,4 | 10,20,30,40",
        "7 | 5,5 | 4,3",
        "12035578 | 1,1,1,1,1,1,1 | 1719369,1719369,1719368,1719368,1719368,1719368,1719368",
        "0 | 3,4 | 0,0"})
    void largestRemainderSplitsExactlyWithTiesToTheFirst(long total, String weights, String expected) {
        long[] shares = DemoPrecincts.largestRemainder(total, parse(weights));
        assertArrayEquals(parse(expected), shares);
    }

    @Test
    void theCsvIsAValidPrecinctListWhereEveryPrecinctVotesInTheListAndItsUnitsDistrict() throws IOException {
        PrecinctCsv.Result parsed = PrecinctCsv.parse(new StringReader(DemoData.csv(PLAN)), 3_000, 50_000, 100);

        assertEquals(0, parsed.errorCount(), parsed.errors().toString());
        assertEquals(PLAN.size(), parsed.rows().size());
        assertTrue(parsed.rows().stream().allMatch(r -> r.contests().get(0).equals("mazhilis-2023.list")));
        assertTrue(parsed.rows().stream().allMatch(r -> r.contests().size() == 2), "every precinct votes in a district");
        Map<String, Long> districts = parsed.rows().stream()
                .collect(Collectors.groupingBy(r -> r.unitCode() + " " + r.contests().get(1), Collectors.counting()));
        assertEquals(29, districts.size(), districts.keySet().toString());
        assertEquals(DemoData.DISTRICTS.size(), 29);
        assertTrue(districts.keySet().containsAll(List.of("KZ-62 mazhilis-2023.smd-62-01", "KZ-75 mazhilis-2023.smd-75-03",
                "KZ-61 mazhilis-2023.smd-61-03", "KZ-19 mazhilis-2023.smd-19-02")), districts.keySet().toString());
        long ulytau = PLAN.stream().filter(p -> p.unitCode().equals("KZ-62")).count();
        assertEquals(ulytau, districts.get("KZ-62 mazhilis-2023.smd-62-01"), "a one-district unit votes there entirely");
    }

    private static long[] parse(String values) {
        return java.util.Arrays.stream(values.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray();
    }
}
