package kz.elections.results.err;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.law.allocation.SeatAllocation;
import kz.elections.results.demo.DemoProtocols;
import kz.elections.results.publication.ResultDocument;
import kz.elections.results.publication.ResultVersion;
import kz.elections.results.tabulation.TabulationService;

/**
 * The export of the 2023 Mazhilis party list (the demo data's official figures, seats allocated by the law): every
 * list's votes and seats, against all and the invalid ballots equal the document's; the status follows the version.
 */
class ErrExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "mazhilis-2023.list";
    /** The seats of 2023, in ballot order (AMANAT … OSDP). */
    private static final List<Long> SEATS_2023 = List.of(40L, 8L, 6L, 5L, 0L, 6L, 4L);

    private static ResultDocument mazhilis2023(List<UUID> parties) {
        List<TabulationService.OptionTotal> options = new ArrayList<>();
        List<SeatAllocation.ListVotes> lists = new ArrayList<>();
        for (int i = 0; i < DemoProtocols.LIST_VOTES_2023.size(); i++) {
            DemoProtocols.PartyVotes list = DemoProtocols.LIST_VOTES_2023.get(i);
            options.add(new TabulationService.OptionTotal(i + 1, "PARTY", parties.get(i).toString(), list.party(), list.party(),
                    list.party(), list.party(), list.votes()));
            lists.add(new SeatAllocation.ListVotes(parties.get(i).toString(), list.votes()));
        }
        SeatAllocation.Result allocation = SeatAllocation.allocate(new SeatAllocation.Input(SeatAllocation.Kind.MAZHILIS, 69,
                new BigDecimal("5"), DemoProtocols.AGAINST_ALL, DemoProtocols.INVALID, lists));
        TabulationService.Totals nation = new TabulationService.Totals(5_027, DemoProtocols.REGISTERED_VOTERS,
                DemoProtocols.BALLOTS_ISSUED, DemoProtocols.BALLOTS_ISSUED, DemoProtocols.INVALID, DemoProtocols.AGAINST_ALL,
                "54.19");
        ResultDocument.ContestResult contest = new ResultDocument.ContestResult(CODE, "mazhilis-2023", "PARTY_LIST", 1,
                "0".repeat(64), 5_027, 5_027, true, "100.00", nation, List.of(), options, allocation, null, null, null, null);
        return new ResultDocument("mazhilis-2023", "2023-03-20T06:00:00+06:00", List.of(contest), List.of());
    }

    private static JsonNode export(ResultVersion.Status status, boolean correcting, List<UUID> parties) {
        ErrExport.Source source = new ErrExport.Source("mazhilis-2023", 3, status, "2023-03-20T06:00:00+06:00", correcting,
                mazhilis2023(parties), Map.of(CODE, new ErrExport.ContestFacts("ocd-division/country:kz", null, 69,
                        LocalDate.of(2023, 3, 19), Map.of())), null);
        JsonNode report = JSON.valueToTree(ErrExport.report(source, new ErrExport.Issuer("CEC", "CEC RK", "Tizim")));
        assertEquals(List.of(), ErrStructure.problems(report));
        return report;
    }

    @Test
    void the2023ListsVotesSeatsAgainstAllAndInvalidBallotsAreTheDocuments() {
        List<UUID> parties = DemoProtocols.LIST_VOTES_2023.stream().map(p -> UUID.randomUUID()).toList();
        JsonNode report = export(ResultVersion.Status.FINAL, false, parties);

        JsonNode contest = report.get("Election").get(0).get("Contest").get(0);
        assertEquals("2023-03-19", report.get("Election").get(0).get("StartDate").asText());
        assertEquals(ErrExport.NATION, contest.get("ElectoralDistrictId").asText());
        long seats = 0;
        for (int i = 0; i < SEATS_2023.size(); i++) {
            JsonNode selection = contest.get("BallotSelection").get(i);
            assertEquals("party-" + parties.get(i), selection.get("PartyIds").get(0).asText());
            assertEquals(DemoProtocols.LIST_VOTES_2023.get(i).votes(), selection.get("VoteCounts").get(0).get("Count").asLong());
            JsonNode seatCount = selection.get("VoteCounts").get(1);
            assertEquals("other", seatCount.get("Type").asText());
            assertEquals(ErrExport.SEATS, seatCount.get("OtherType").asText());
            assertEquals(SEATS_2023.get(i), seatCount.get("Count").asLong(), DemoProtocols.LIST_VOTES_2023.get(i).party());
            seats += seatCount.get("Count").asLong();
        }
        assertEquals(69, seats);
        JsonNode againstAll = contest.get("BallotSelection").get(7);
        assertEquals("sel-" + CODE + ErrExport.AGAINST_ALL, againstAll.get("@id").asText());
        assertEquals(248_291, againstAll.get("VoteCounts").get(0).get("Count").asLong());
        JsonNode ballots = contest.get("SummaryCounts").get(0);
        assertEquals(6_521_860, ballots.get("BallotsCast").asLong());
        assertEquals(155_419, ballots.get("BallotsRejected").asLong());
        JsonNode nation = report.get("GpUnit").get(0);
        assertEquals(12_035_578, nation.get("VotersRegistered").asLong());
        assertEquals(6_521_860, nation.get("VotersParticipated").asLong());
        assertEquals(5_027, nation.get("SubUnitsReported").asInt());
    }

    @ParameterizedTest
    @CsvSource({"PROVISIONAL, false, unofficial-complete", "PROVISIONAL, true, correction", "FINAL, false, certified",
            "FINAL, true, certified"})
    void theStatusFollowsTheVersion(ResultVersion.Status status, boolean correcting, String expected) {
        assertEquals(expected, export(status, correcting, List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())).get("Status").asText());
    }
}
