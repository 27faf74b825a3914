package kz.elections.results.turnout;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of turnout through the day. */
public final class TurnoutApi {

    static final long MAX = 1_000_000L;

    private TurnoutApi() {
    }

    @Schema(description = "A precinct commission's figure at one reporting time: how many voters have voted by then. contest: "
            + "a contest of the election the precinct votes in (as its protocols name it): the report counts for the "
            + "election, whichever of its contests names the precinct. time: one of the election's reporting times "
            + "(HH:mm, local time of the precinct's unit), the close included. votersAdded: voters added to the list on "
            + "election day so far. A correction of an accepted report states its reason.")
    public record TurnoutRequest(
            @NotBlank @Size(max = 80) String contest,
            @NotNull UUID precinct,
            @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a clock time HH:mm") String time,
            @NotNull @Min(0) @Max(MAX) Long voted,
            @Min(0) @Max(MAX) Long votersAdded,
            @Size(max = 2000) String correctionReason) {
    }

    @Schema(description = "One version of a precinct's turnout report; votersOnList is the precinct's list as ballot-service "
            + "gives it")
    public record ReportView(UUID id, String electionCode, UUID precinct, int precinctNumber, String unitCode, String time,
            boolean close, int version, boolean current, long voted, long votersOnList, long votersAdded, String reason,
            String submittedBy, OffsetDateTime submittedAt) {

        static ReportView of(TurnoutReport r, boolean close) {
            return new ReportView(r.id, r.electionCode, r.precinctId, r.precinctNumber, r.unitCode, clock(r.reportingTime),
                    close, r.version, r.current, r.voted, r.votersOnList, r.votersAdded, r.reason, r.submittedBy, r.submittedAt);
        }
    }

    @Schema(description = "Turnout of a unit (or the nation: unitCode KZ) at one reporting time, from the precincts that "
            + "reported it. percent = voted ÷ (voters on the list + added) of those precincts × 100, to two places "
            + "(half up), computed exactly.")
    public record Figure(String unitCode, int precinctsReported, int precincts, long voted, long votersOnListReported,
            long votersAddedReported, long votersOnList, String percent) {
    }

    @Schema(description = "One reporting time: the nation and each unit")
    public record TimeTurnout(String time, boolean close, Figure nation, List<Figure> units) {
    }

    @Schema(description = "An election's turnout through the day, live from the precincts' current reports")
    public record ElectionTurnout(String electionCode, List<String> reportingTimes, String close, List<TimeTurnout> times) {
    }

    @Schema(description = "A precinct of the caller's territory without a report at the time")
    public record MissingPrecinct(UUID precinct, int number, String unitCode, long votersOnList) {
    }

    @Schema(description = "The precincts of the caller's territory that have not reported turnout at a reporting time, by "
            + "unit and number; due: whether the time has come on election day")
    public record MissingReports(String electionCode, String time, boolean due, int precincts, List<MissingPrecinct> missing) {
    }

    /** A clock time as the API writes it: HH:mm. */
    static String clock(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
