package kz.elections.law.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.election.ContestTemplates.ContestSpec;

/** The contests an election is created with: the Mazhilis's 69 + 29 seats, maslikhats 50/50 or by districts only. */
class ContestTemplatesTest {

    /** The 2023 single-mandate districts: Almaty city, Turkistan 3; Astana, Shymkent, Almaty region, Zhambyl, Karaganda 2. */
    private static final Map<String, Integer> SMD_2023 = allocation2023();

    private static Map<String, Integer> allocation2023() {
        Map<String, Integer> allocation = new LinkedHashMap<>();
        allocation.put("KZ-10", 1);
        allocation.put("KZ-11", 1);
        allocation.put("KZ-15", 1);
        allocation.put("KZ-19", 2);
        allocation.put("KZ-23", 1);
        allocation.put("KZ-27", 1);
        allocation.put("KZ-31", 2);
        allocation.put("KZ-33", 1);
        allocation.put("KZ-35", 2);
        allocation.put("KZ-39", 1);
        allocation.put("KZ-43", 1);
        allocation.put("KZ-47", 1);
        allocation.put("KZ-55", 1);
        allocation.put("KZ-59", 1);
        allocation.put("KZ-61", 3);
        allocation.put("KZ-62", 1);
        allocation.put("KZ-63", 1);
        allocation.put("KZ-71", 2);
        allocation.put("KZ-75", 3);
        allocation.put("KZ-79", 2);
        return allocation;
    }

    // ---- Mazhilis ----

    @Test
    void mazhilisHasOneNationwideListOf69SeatsAt5PercentAnd29Districts() {
        List<ContestSpec> contests = ContestTemplates.mazhilis(SMD_2023);

        assertEquals(30, contests.size());
        ContestSpec list = contests.get(0);
        assertEquals("list", list.codeSuffix());
        assertEquals(ContestKind.PARTY_LIST, list.kind());
        assertEquals(69, list.seats());
        assertEquals(0, new BigDecimal("5").compareTo(list.thresholdPercent()));
        assertNull(list.unitCode(), "the list constituency is nationwide");
        assertNull(list.districtNumber());
        assertEquals(29, contests.stream().filter(c -> c.kind() == ContestKind.SINGLE_MANDATE).count());
        assertEquals(98, contests.stream().mapToInt(ContestSpec::seats).sum());
    }

    @Test
    void mazhilisDistrictsFollowTheAllocationUnitByUnit() {
        Map<String, Long> perUnit = ContestTemplates.mazhilis(SMD_2023).stream()
                .filter(c -> c.kind() == ContestKind.SINGLE_MANDATE)
                .collect(Collectors.groupingBy(ContestSpec::unitCode, LinkedHashMap::new, Collectors.counting()));

        assertEquals(SMD_2023.keySet().stream().toList(), perUnit.keySet().stream().toList());
        SMD_2023.forEach((unit, districts) -> assertEquals(districts.longValue(), perUnit.get(unit), unit));
    }

    @Test
    void mazhilisDistrictsAreNumberedWithinTheirUnit() {
        List<ContestSpec> almaty = ContestTemplates.mazhilis(SMD_2023).stream()
                .filter(c -> "KZ-75".equals(c.unitCode())).toList();

        assertEquals(List.of("smd-75-01", "smd-75-02", "smd-75-03"), almaty.stream().map(ContestSpec::codeSuffix).toList());
        assertEquals(List.of(1, 2, 3), almaty.stream().map(ContestSpec::districtNumber).toList());
        almaty.forEach(district -> {
            assertEquals(ContestKind.SINGLE_MANDATE, district.kind());
            assertEquals(1, district.seats());
            assertNull(district.thresholdPercent(), "a district has no threshold");
        });
    }

    @Test
    void everyMazhilisContestHasItsOwnCode() {
        List<String> codes = ContestTemplates.mazhilis(SMD_2023).stream().map(ContestSpec::codeSuffix).toList();
        assertEquals(codes.size(), Set.copyOf(codes).size());
        assertTrue(codes.containsAll(List.of("list", "smd-10-01", "smd-61-03", "smd-79-02")));
    }

    // ---- maslikhats ----

    @ParameterizedTest(name = "regional maslikhat of {0}: {1} list seats, {2} districts")
    @CsvSource({
            "50, 25, 25",
            "39, 19, 20", // the odd seat goes to the district side
            "2,  1,  1",
            "3,  1,  2"})
    void regionalMaslikhatIsSplitInHalfWithTheOddSeatOnTheDistrictSide(int seats, int listSeats, int districts) {
        List<ContestSpec> contests = ContestTemplates.maslikhat(Body.REGIONAL_MASLIKHAT, "KZ-75", seats);

        assertEquals(1 + districts, contests.size());
        ContestSpec list = contests.get(0);
        assertEquals("list", list.codeSuffix());
        assertEquals(ContestKind.PARTY_LIST, list.kind());
        assertEquals("KZ-75", list.unitCode(), "the list constituency is the unit");
        assertEquals(listSeats, list.seats());
        assertEquals(0, new BigDecimal("5").compareTo(list.thresholdPercent()));
        List<ContestSpec> smd = contests.subList(1, contests.size());
        assertTrue(smd.stream().allMatch(c -> c.kind() == ContestKind.SINGLE_MANDATE && c.seats() == 1));
        assertEquals(seats, contests.stream().mapToInt(ContestSpec::seats).sum());
    }

    @Test
    void aOneSeatRegionalMaslikhatHasNoListContestWithoutSeats() {
        List<ContestSpec> contests = ContestTemplates.maslikhat(Body.REGIONAL_MASLIKHAT, "KZ-75", 1);
        assertEquals(List.of("smd-75-01"), contests.stream().map(ContestSpec::codeSuffix).toList());
    }

    @Test
    void regionalMaslikhatDistrictsAreNumberedFromOne() {
        List<String> codes = ContestTemplates.maslikhat(Body.REGIONAL_MASLIKHAT, "KZ-75", 39).stream()
                .skip(1).map(ContestSpec::codeSuffix).toList();
        assertEquals(IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("smd-75-%02d", n)).toList(), codes);
    }

    @ParameterizedTest(name = "{0} of {1}: {1} districts, no list")
    @CsvSource({"DISTRICT_MASLIKHAT, 25", "DISTRICT_MASLIKHAT, 1", "CITY_MASLIKHAT, 30", "CITY_MASLIKHAT, 7"})
    void cityAndDistrictMaslikhatsAreElectedInDistrictsOnly(Body body, int seats) {
        List<ContestSpec> contests = ContestTemplates.maslikhat(body, "KZ-19", seats);

        assertEquals(seats, contests.size());
        assertTrue(contests.stream().allMatch(c -> c.kind() == ContestKind.SINGLE_MANDATE && c.seats() == 1
                && "KZ-19".equals(c.unitCode())));
        assertEquals(IntStream.rangeClosed(1, seats).boxed().toList(),
                contests.stream().map(ContestSpec::districtNumber).toList());
    }

    @ParameterizedTest(name = "{0} of {1} seats is refused")
    @CsvSource({"REGIONAL_MASLIKHAT, 51", "CITY_MASLIKHAT, 31", "DISTRICT_MASLIKHAT, 26"})
    void aMaslikhatOverItsCapHasNoTemplate(Body body, int seats) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ContestTemplates.maslikhat(body, "KZ-19", seats));
        assertTrue(refused.getMessage().contains("at most " + (seats - 1) + " seats"), refused.getMessage());
    }

    @ParameterizedTest(name = "{0} is not a maslikhat")
    @CsvSource({"MAZHILIS", "AKIM"})
    void onlyMaslikhatsHaveAMaslikhatTemplate(Body body) {
        assertThrows(IllegalArgumentException.class, () -> ContestTemplates.maslikhat(body, "KZ-19", 5));
    }

    // ---- codes ----

    @ParameterizedTest(name = "{0} district {1} → {2}")
    @CsvSource({"KZ-75, 3, smd-75-03", "KZ-10, 1, smd-10-01", "KZ-61, 12, smd-61-12", "KZ-79, 2, smd-79-02"})
    void districtCodeIsSmdUnitNumberAndTwoDigitDistrict(String unit, int number, String code) {
        assertEquals(code, ContestTemplates.districtCode(unit, number));
    }

    @ParameterizedTest(name = "{0} akim post {1} → {2}")
    @CsvSource({"KZ-19, 12, akim-19-012", "KZ-61, 1, akim-61-001", "KZ-35, 730, akim-35-730"})
    void akimCodeIsAkimUnitNumberAndThreeDigitPost(String unit, int number, String code) {
        assertEquals(code, ContestTemplates.akimCode(unit, number));
    }
}
