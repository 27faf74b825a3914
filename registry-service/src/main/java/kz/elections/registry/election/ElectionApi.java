package kz.elections.registry.election;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;
import kz.elections.law.election.ElectionKind;
import kz.elections.law.election.MaslikhatLevel;

/** Request and response bodies of elections and contests. */
public final class ElectionApi {

    private ElectionApi() {
    }

    @Schema(description = "Dates set by the calling decision; any left out follow the law's windows. Deadlines are 18:00 local.")
    public record CalendarOverride(LocalDate nominationOpensOn, LocalDate nominationClosesOn, LocalDate registrationClosesOn) {
    }

    @Schema(description = "A new election. MAZHILIS: national (territory KZ), created with its 69-seat list contest at 5 % and "
            + "the 29 single-mandate districts. MASLIKHAT: territory = the unit, seats and maslikhatLevel "
            + "(REGIONAL: a region, Astana, Almaty or Shymkent, at most 50 seats, 50/50 list and districts, odd seat to the "
            + "districts; CITY: a city of regional significance, at most 30 seats, districts only; DISTRICT: at most 25 "
            + "seats, districts only). AKIM: territory = the unit; contests are added one by one.")
    public record ElectionRequest(
            @NotNull ElectionKind kind,
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,59}", message = "must be 3-60 lower-case letters, digits and dashes") String code,
            @NotBlank @Size(max = 300) String name,
            @NotNull LocalDate electionDay,
            @NotNull @Schema(description = "Date of the calling decision") LocalDate calledOn,
            @Size(max = 60) @Schema(description = "Default Asia/Almaty") String timeZone,
            @Pattern(regexp = "KZ|KZ-\\d{2}", message = "must be KZ or a unit code like KZ-75") String territory,
            MaslikhatLevel maslikhatLevel,
            @Min(1) @Max(50) @Schema(description = "Maslikhat seats, within the level's cap: 50, 30 or 25") Integer seats,
            @Valid CalendarOverride calendar,
            @Schema(description = "Party id → its share (%) of the votes at the previous election of the same body: the "
                    + "previous Mazhilis election for a MAZHILIS election, the previous election of this maslikhat for a "
                    + "MASLIKHAT election. Sets the deposit exemptions of party lists only (CL Art. 88 p.1–3, 104 p.1: "
                    + "none due from 5 %, half from 3 %, 70 % from 1 %); single-mandate and akim candidates pay in full. "
                    + "A party left out pays in full. Not allowed for an AKIM election, which has no lists.")
            Map<UUID, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal> previousShares) {
    }

    public record CalendarView(LocalDate calledOn, OffsetDateTime nominationOpens, OffsetDateTime nominationCloses,
            OffsetDateTime registrationCloses, int appealDays, Election.CalendarSource source) {
    }

    public record ElectionView(UUID id, String code, ElectionKind kind,
            @Schema(description = "The body the election fills; it decides its contests' rules") Body body, String name,
            String territory, LocalDate electionDay, String timeZone, CalendarView calendar, int contests) {
    }

    @Schema(description = "A contest added to an election: a single-mandate district (unitCode, districtNumber), an akim post "
            + "(unitCode, name, voters, settlements) or a party-list constituency (seats, thresholdPercent).")
    public record ContestRequest(
            @NotNull ContestKind kind,
            @Pattern(regexp = "KZ-\\d{2}", message = "must be a unit code like KZ-75") String unitCode,
            @Min(1) @Max(999) Integer districtNumber,
            @Size(max = 300) String name,
            @Min(1) @Max(500) Integer seats,
            @DecimalMin("0") @DecimalMax("100") BigDecimal thresholdPercent,
            @Min(1) @Max(10_000_000) Integer voters,
            @Min(1) @Max(10_000) Integer settlements) {
    }

    public record ContestView(UUID id, String code, UUID electionId, String electionCode, ContestKind kind,
            @Schema(description = "The body the contest fills: MAZHILIS, REGIONAL_MASLIKHAT, CITY_MASLIKHAT, "
                    + "DISTRICT_MASLIKHAT or AKIM") Body body,
            String unitCode, Integer districtNumber, String name, int seats, BigDecimal thresholdPercent, Integer voters,
            Integer settlements,
            @Schema(description = "When nomination closes for this contest: the election's close, or later if the "
                    + "commission extended it for too few candidates (CL Art. 87, 103 p.8, 113-7)")
            OffsetDateTime nominationCloses,
            @Schema(description = "Days nomination was extended in all; 0 if it was not") int nominationExtendedByDays,
            @Schema(description = "Open Civic Data id of the division the contest is held in: a single-mandate district "
                    + "of the Mazhilis (…/mazhilis_district:N) or of a regional maslikhat (…/maslikhat_district:N) under "
                    + "its unit, else the unit, else (a nationwide list) the country; stable",
                    example = "ocd-division/country:kz/city:75/mazhilis_district:3") String ocdId) {
    }

    public static ContestView view(Contest contest) {
        return new ContestView(contest.id, contest.code, contest.election.id, contest.election.code, contest.kind,
                contest.body(), contest.unitCode,
                contest.districtNumber, contest.name, contest.seats, contest.thresholdPercent, contest.voters,
                contest.settlements, contest.calendar().nominationCloses(), contest.nominationExtensionDays, contest.ocdId());

    }

    public static ElectionView view(Election election, int contests) {
        return new ElectionView(election.id, election.code, election.kind, election.body, election.name, election.territory,
                election.electionDay, election.timeZone,
                new CalendarView(election.calledOn, election.nominationOpens, election.nominationCloses,
                        election.registrationCloses, election.appealDays, election.calendarSource),
                contests);
    }

}
