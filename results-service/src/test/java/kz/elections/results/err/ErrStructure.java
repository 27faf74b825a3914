package kz.elections.results.err;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What NIST SP 1500-100 v2's JSON Schema requires of the classes Tizim's ERR export writes, restated as a table for the
 * tests (the schema's text is not copied into the project): each class's required and allowed properties (the schema
 * allows no others), the enumerations of the values the export sets, and which class every reference must point to.
 * {@link #problems} walks a report and lists every breach; an empty list means the report keeps to all of it.
 */
final class ErrStructure {

    private record Rule(Set<String> required, Set<String> allowed) {
    }

    private static final Map<String, Rule> RULES = new HashMap<>();
    private static final Map<String, Set<String>> ENUMS = new HashMap<>();
    /** A reference property and the classes it may point to. */
    private static final Map<String, Set<String>> REFERENCES = new HashMap<>();

    private static final Set<String> CONTEST_COMMON = Set.of("Abbreviation", "BallotSubTitle", "BallotTitle", "CountStatus",
            "ElectoralDistrictId", "ExternalIdentifier", "HasRotation", "Name", "OtherVoteVariation", "SequenceOrder",
            "SubUnitsReported", "SummaryCounts", "TotalSubUnits", "VoteVariation", "BallotSelection");

    static {
        rule("ElectionReport", Set.of("Format", "GeneratedDate", "Issuer", "IssuerAbbreviation", "SequenceEnd", "SequenceStart",
                "Status", "VendorApplicationId"), Set.of("ExternalIdentifier", "IsTest", "Notes", "Person", "Signature",
                        "TestType", "Election", "GpUnit", "Office", "OfficeGroup", "Party"));
        rule("Election", Set.of("ElectionScopeId", "EndDate", "Name", "StartDate", "Type"), Set.of("ContactInformation",
                "CountStatus", "ExternalIdentifier", "OtherType", "BallotStyle", "Candidate", "Contest"));
        rule("ReportingUnit", Set.of("Type", "@id"), Set.of("AuthorityIds", "ContactInformation", "CountStatus",
                "IsDistricted", "IsMailOnly", "Number", "OtherType", "SubUnitsReported", "TotalSubUnits", "VotersParticipated",
                "VotersRegistered", "ElectionAdministration", "PartyRegistration", "SpatialDimension", "ComposingGpUnitIds",
                "ExternalIdentifier", "Name", "SummaryCounts"));
        rule("Party", Set.of("Name", "@id"), Set.of("Abbreviation", "Color", "ExternalIdentifier", "IsWriteIn", "LogoUri"));
        rule("Person", Set.of("@id"), Set.of("DateOfBirth", "ExternalIdentifier", "FirstName", "FullName", "Gender", "LastName",
                "MiddleName", "Nickname", "PartyId", "Prefix", "Profession", "Suffix", "Title", "ContactInformation"));
        rule("Candidate", Set.of("BallotName", "@id"), Set.of("ExternalIdentifier", "FileDate", "IsIncumbent", "IsTopTicket",
                "PartyId", "PersonId", "PostElectionStatus", "PreElectionStatus", "ContactInformation"));
        rule("PartyContest", Set.of("ElectoralDistrictId", "Name", "@id"), CONTEST_COMMON);
        Set<String> candidateContest = new HashSet<>(CONTEST_COMMON);
        candidateContest.addAll(Set.of("NumberElected", "NumberRunoff", "OfficeIds", "PrimaryPartyIds", "VotesAllowed"));
        rule("CandidateContest", Set.of("VotesAllowed", "ElectoralDistrictId", "Name", "@id"), candidateContest);
        Set<String> retention = new HashSet<>(CONTEST_COMMON);
        retention.addAll(Set.of("CandidateId", "OfficeId", "ConStatement", "EffectOfAbstain", "FullText", "InfoUri", "OtherType",
                "PassageThreshold", "ProStatement", "SummaryText", "Type"));
        rule("RetentionContest", Set.of("ElectoralDistrictId", "Name", "@id"), retention);
        rule("PartySelection", Set.of("PartyIds", "@id"), Set.of("SequenceOrder", "VoteCounts"));
        rule("CandidateSelection", Set.of("CandidateIds", "@id"), Set.of("EndorsementPartyIds", "IsWriteIn", "SequenceOrder",
                "VoteCounts"));
        rule("BallotMeasureSelection", Set.of("Selection", "@id"), Set.of("SequenceOrder", "VoteCounts"));
        rule("VoteCounts", Set.of("Count", "Type"), Set.of("Device", "GpUnitId", "IsSuppressedForPrivacy", "OtherType"));
        rule("SummaryCounts", Set.of("Type"), Set.of("BallotsCast", "BallotsOutstanding", "BallotsRejected", "Overvotes",
                "Undervotes", "WriteIns", "Device", "GpUnitId", "IsSuppressedForPrivacy", "OtherType"));
        rule("ExternalIdentifier", Set.of("Type", "Value"), Set.of("Label", "OtherType"));
        rule("InternationalizedText", Set.of("Text"), Set.of("Label"));
        rule("LanguageString", Set.of("Content", "Language"), Set.of());

        ENUMS.put("ElectionReport.Format", Set.of("precinct-level", "summary-contest"));
        ENUMS.put("ElectionReport.Status", Set.of("certified", "correction", "pre-election", "recount", "unofficial-complete",
                "unofficial-partial"));
        ENUMS.put("Election.Type", Set.of("general", "other", "partisan-primary-closed", "partisan-primary-open", "primary",
                "runoff", "special"));
        ENUMS.put("ReportingUnit.Type", Set.of("ballot-batch", "ballot-style-area", "borough", "city", "city-council",
                "combined-precinct", "congressional", "country", "county", "county-council", "drop-box", "judicial",
                "municipality", "other", "polling-place", "precinct", "school", "special", "split-precinct", "state",
                "state-house", "state-senate", "town", "township", "utility", "village", "vote-center", "ward", "water"));
        Set<String> countItemType = Set.of("absentee", "absentee-fwab", "absentee-in-person", "absentee-mail", "early",
                "election-day", "other", "provisional", "total", "uocava", "write-in");
        ENUMS.put("VoteCounts.Type", countItemType);
        ENUMS.put("SummaryCounts.Type", countItemType);
        ENUMS.put("ExternalIdentifier.Type", Set.of("fips", "local-level", "national-level", "ocd-id", "other", "state-level"));
        Set<String> voteVariation = Set.of("1-of-m", "approval", "borda", "cumulative", "majority", "n-of-m", "other",
                "plurality", "proportional", "range", "rcv", "super-majority");
        ENUMS.put("PartyContest.VoteVariation", voteVariation);
        ENUMS.put("CandidateContest.VoteVariation", voteVariation);
        ENUMS.put("Candidate.PostElectionStatus", Set.of("advanced-to-runoff", "projected-winner", "winner", "withdrawn"));

        Set<String> gpUnit = Set.of("ReportingUnit", "ReportingDevice");
        REFERENCES.put("ElectoralDistrictId", Set.of("ReportingUnit"));
        REFERENCES.put("ElectionScopeId", Set.of("ReportingUnit"));
        REFERENCES.put("GpUnitId", gpUnit);
        REFERENCES.put("ComposingGpUnitIds", gpUnit);
        REFERENCES.put("PartyIds", Set.of("Party", "Coalition"));
        REFERENCES.put("PartyId", Set.of("Party", "Coalition"));
        REFERENCES.put("CandidateIds", Set.of("Candidate"));
        REFERENCES.put("PersonId", Set.of("Person"));
    }

    private static void rule(String type, Set<String> required, Set<String> others) {
        Set<String> allowed = new HashSet<>(required);
        allowed.addAll(others);
        allowed.add("@type");
        RULES.put("ElectionResults." + type, new Rule(required, allowed));
    }

    private ErrStructure() {
    }

    /** Every breach of the rules in {@code report}, each naming where it is; none if it keeps to them. */
    static List<String> problems(JsonNode report) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        List<String[]> references = new ArrayList<>();
        walk(report, "$", problems, ids, references);
        if (!"ElectionResults.ElectionReport".equals(report.path("@type").asText())) {
            problems.add("$: not an ElectionResults.ElectionReport");
        }
        for (String[] ref : references) {
            String target = ids.get(ref[2]);
            if (target == null) {
                problems.add(ref[0] + "." + ref[1] + ": " + ref[2] + " names no object");
            } else if (!REFERENCES.get(ref[1]).contains(target.substring("ElectionResults.".length()))) {
                problems.add(ref[0] + "." + ref[1] + ": " + ref[2] + " is a " + target);
            }
        }
        return problems;
    }

    private static void walk(JsonNode node, String path, List<String> problems, Map<String, String> ids,
            List<String[]> references) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", problems, ids, references);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").asText(null);
        Rule rule = type == null ? null : RULES.get(type);
        if (rule == null) {
            problems.add(path + ": @type " + type + " is not one the export may write");
            return;
        }
        String shortType = type.substring("ElectionResults.".length());
        rule.required().stream().filter(p -> !node.has(p) || node.get(p).isNull())
                .forEach(p -> problems.add(path + ": " + shortType + " requires " + p));
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode value = node.get(name);
            if (!rule.allowed().contains(name)) {
                problems.add(path + ": " + shortType + " allows no " + name);
            }
            Set<String> allowedValues = ENUMS.get(shortType + "." + name);
            if (allowedValues != null && !allowedValues.contains(value.asText())) {
                problems.add(path + "." + name + ": " + value.asText() + " is not one of " + allowedValues);
            }
            if ("Type".equals(name) && "other".equals(value.asText()) && !node.hasNonNull("OtherType")) {
                problems.add(path + ": Type other without OtherType");
            }
            if (REFERENCES.containsKey(name)) {
                if (value.isArray()) {
                    value.forEach(v -> references.add(new String[] {path, name, v.asText()}));
                } else {
                    references.add(new String[] {path, name, value.asText()});
                }
            }
            if (value.isNull()) {
                problems.add(path + "." + name + ": null (absent properties are left out)");
            }
            walk(value, path + "." + name, problems, ids, references);
        }
        if (node.has("@id") && ids.put(node.get("@id").asText(), type) != null) {
            problems.add(path + ": @id " + node.get("@id").asText() + " is not unique");
        }
    }
}
