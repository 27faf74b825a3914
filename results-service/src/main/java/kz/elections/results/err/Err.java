package kz.elections.results.err;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The part of NIST SP 1500-100 v2 Election Results Reporting (its JSON binding) that Tizim's export writes, with the
 * specification's property names and {@code @type} values; absent properties are left out, never written as null.
 * Each class is an {@code ElectionResults.*} class of the specification: only the properties it allows are here.
 */
public final class Err {

    private Err() {
    }

    /** Every class writes its ERR class name as {@code @type}: {@code ElectionResults.} and its own simple name. */
    public interface Typed {
        @JsonProperty("@type")
        default String type() {
            return "ElectionResults." + getClass().getSimpleName();
        }
    }

    /** The report: one published version of an election's results. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "Format", "GeneratedDate", "Issuer", "IssuerAbbreviation", "SequenceStart", "SequenceEnd",
            "Status", "VendorApplicationId", "Notes"})
    public record ElectionReport(@JsonProperty("Format") String format, @JsonProperty("GeneratedDate") String generatedDate,
            @JsonProperty("Issuer") String issuer, @JsonProperty("IssuerAbbreviation") String issuerAbbreviation,
            @JsonProperty("SequenceStart") int sequenceStart, @JsonProperty("SequenceEnd") int sequenceEnd,
            @JsonProperty("Status") String status, @JsonProperty("VendorApplicationId") String vendorApplicationId,
            @JsonProperty("Notes") String notes, @JsonProperty("Election") List<Election> election,
            @JsonProperty("GpUnit") List<ReportingUnit> gpUnit, @JsonProperty("Party") List<Party> party,
            @JsonProperty("Person") List<Person> person) implements Typed {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "Name", "Type", "StartDate", "EndDate", "ElectionScopeId"})
    public record Election(@JsonProperty("Name") InternationalizedText name, @JsonProperty("Type") String electionType,
            @JsonProperty("StartDate") String startDate, @JsonProperty("EndDate") String endDate,
            @JsonProperty("ElectionScopeId") String electionScopeId,
            @JsonProperty("ExternalIdentifier") List<ExternalIdentifier> externalIdentifier,
            @JsonProperty("Candidate") List<Candidate> candidate, @JsonProperty("Contest") List<Contest> contest) implements Typed {
    }

    /** The nation, a unit (region or city of republican significance), a district or a precinct. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id", "Name", "Type", "OtherType", "Number"})
    public record ReportingUnit(@JsonProperty("@id") String id, @JsonProperty("Name") String name,
            @JsonProperty("Type") String unitType, @JsonProperty("OtherType") String otherType,
            @JsonProperty("Number") String number,
            @JsonProperty("ExternalIdentifier") List<ExternalIdentifier> externalIdentifier,
            @JsonProperty("ComposingGpUnitIds") List<String> composingGpUnitIds,
            @JsonProperty("SubUnitsReported") Integer subUnitsReported, @JsonProperty("TotalSubUnits") Integer totalSubUnits,
            @JsonProperty("VotersRegistered") Long votersRegistered,
            @JsonProperty("VotersParticipated") Long votersParticipated) implements Typed {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id"})
    public record Party(@JsonProperty("@id") String id, @JsonProperty("Name") InternationalizedText name,
            @JsonProperty("Abbreviation") String abbreviation,
            @JsonProperty("ExternalIdentifier") List<ExternalIdentifier> externalIdentifier) implements Typed {
    }

    /** A candidate as a person: names only (no date of birth, no IIN). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id"})
    public record Person(@JsonProperty("@id") String id, @JsonProperty("FullName") InternationalizedText fullName,
            @JsonProperty("Profession") InternationalizedText profession,
            @JsonProperty("PartyId") String partyId,
            @JsonProperty("ExternalIdentifier") List<ExternalIdentifier> externalIdentifier) implements Typed {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id"})
    public record Candidate(@JsonProperty("@id") String id, @JsonProperty("BallotName") InternationalizedText ballotName,
            @JsonProperty("PersonId") String personId, @JsonProperty("PartyId") String partyId,
            @JsonProperty("PostElectionStatus") String postElectionStatus,
            @JsonProperty("ExternalIdentifier") List<ExternalIdentifier> externalIdentifier) implements Typed {
    }

    /** A contest: a {@link PartyContest}, {@link CandidateContest} or {@link RetentionContest}. */
    public sealed interface Contest permits PartyContest, CandidateContest, RetentionContest {
        String id();

        String electoralDistrictId();

        List<Selection> ballotSelection();

        List<SummaryCounts> summaryCounts();
    }

    /** A party-list contest; the schema gives it no NumberElected: its seats are the selections' "seats" counts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id", "Name", "ElectoralDistrictId"})
    public record PartyContest(@JsonProperty("@id") String id, @JsonProperty("Name") String name,
            @JsonProperty("ElectoralDistrictId") String electoralDistrictId,
            @JsonProperty("VoteVariation") String voteVariation,
            @JsonProperty("SubUnitsReported") Integer subUnitsReported, @JsonProperty("TotalSubUnits") Integer totalSubUnits,
            @JsonProperty("ExternalIdentifier") List<ExternalIdentifier> externalIdentifier,
            @JsonProperty("BallotSelection") List<Selection> ballotSelection,
            @JsonProperty("SummaryCounts") List<SummaryCounts> summaryCounts) implements Typed, Contest {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id", "Name", "ElectoralDistrictId", "VotesAllowed", "NumberElected"})
    public record CandidateContest(@JsonProperty("@id") String id, @JsonProperty("Name") String name,
            @JsonProperty("ElectoralDistrictId") String electoralDistrictId,
            @JsonProperty("VotesAllowed") int votesAllowed, @JsonProperty("NumberElected") Integer numberElected,
            @JsonProperty("VoteVariation") String voteVariation,
            @JsonProperty("SubUnitsReported") Integer subUnitsReported, @JsonProperty("TotalSubUnits") Integer totalSubUnits,
            @JsonProperty("ExternalIdentifier") List<ExternalIdentifier> externalIdentifier,
            @JsonProperty("BallotSelection") List<Selection> ballotSelection,
            @JsonProperty("SummaryCounts") List<SummaryCounts> summaryCounts) implements Typed, Contest {
    }

    /** A recall vote on a district's deputy: "for recall" and "against recall" as its two selections. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id", "Name", "ElectoralDistrictId"})
    public record RetentionContest(@JsonProperty("@id") String id, @JsonProperty("Name") String name,
            @JsonProperty("ElectoralDistrictId") String electoralDistrictId,
            @JsonProperty("SubUnitsReported") Integer subUnitsReported, @JsonProperty("TotalSubUnits") Integer totalSubUnits,
            @JsonProperty("ExternalIdentifier") List<ExternalIdentifier> externalIdentifier,
            @JsonProperty("BallotSelection") List<Selection> ballotSelection,
            @JsonProperty("SummaryCounts") List<SummaryCounts> summaryCounts) implements Typed, Contest {
    }

    /** A ballot selection: a {@link PartySelection}, {@link CandidateSelection} or {@link BallotMeasureSelection}. */
    public sealed interface Selection permits PartySelection, CandidateSelection, BallotMeasureSelection {
        String id();

        List<VoteCounts> voteCounts();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id", "SequenceOrder"})
    public record PartySelection(@JsonProperty("@id") String id, @JsonProperty("SequenceOrder") Integer sequenceOrder,
            @JsonProperty("PartyIds") List<String> partyIds, @JsonProperty("VoteCounts") List<VoteCounts> voteCounts)
            implements Typed, Selection {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id", "SequenceOrder"})
    public record CandidateSelection(@JsonProperty("@id") String id, @JsonProperty("SequenceOrder") Integer sequenceOrder,
            @JsonProperty("CandidateIds") List<String> candidateIds, @JsonProperty("VoteCounts") List<VoteCounts> voteCounts)
            implements Typed, Selection {
    }

    /** "Against all" in any contest, and "for" or "against" a recall. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id", "SequenceOrder"})
    public record BallotMeasureSelection(@JsonProperty("@id") String id, @JsonProperty("SequenceOrder") Integer sequenceOrder,
            @JsonProperty("Selection") InternationalizedText selection,
            @JsonProperty("VoteCounts") List<VoteCounts> voteCounts) implements Typed, Selection {
    }

    /** {@code Type} a CountItemType: "total" for votes; "other" with {@code OtherType} "seats" for seats won. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "Type", "OtherType", "GpUnitId", "Count"})
    public record VoteCounts(@JsonProperty("Type") String countType, @JsonProperty("OtherType") String otherType,
            @JsonProperty("GpUnitId") String gpUnitId, @JsonProperty("Count") long count) implements Typed {
    }

    /** The ballots of a contest in a unit: cast (those who took part) and rejected (the invalid ballots). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "Type", "GpUnitId", "BallotsCast", "BallotsRejected"})
    public record SummaryCounts(@JsonProperty("Type") String countType, @JsonProperty("GpUnitId") String gpUnitId,
            @JsonProperty("BallotsCast") long ballotsCast, @JsonProperty("BallotsRejected") long ballotsRejected) implements Typed {
    }

    /** {@code Type}: "ocd-id", "national-level" (Tizim's own codes and registration ids) or "other". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "Type", "OtherType", "Value"})
    public record ExternalIdentifier(@JsonProperty("Type") String idType, @JsonProperty("OtherType") String otherType,
            @JsonProperty("Value") String value) implements Typed {

        public static ExternalIdentifier ocd(String value) {
            return new ExternalIdentifier("ocd-id", null, value);
        }

        public static ExternalIdentifier tizim(String value) {
            return new ExternalIdentifier("national-level", null, value);
        }
    }

    @JsonPropertyOrder({"@type", "Text"})
    public record InternationalizedText(@JsonProperty("Text") List<LanguageString> text) implements Typed {

        /** The same text in Kazakh and Russian (a name written alike in both, or each language's own). */
        public static InternationalizedText kkRu(String kk, String ru) {
            return new InternationalizedText(List.of(new LanguageString("kk", kk), new LanguageString("ru", ru == null ? kk : ru)));
        }
    }

    @JsonPropertyOrder({"@type", "Language", "Content"})
    public record LanguageString(@JsonProperty("Language") String language, @JsonProperty("Content") String content) implements Typed {
    }
}
