package kz.elections.results.stub;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A contest in the upstream stubs, made from the contract samples: a national party list of the given
 * parties (ballot order = the order given; registration order = {@code registrationOrder}), or a
 * district of KZ-75 with candidates; its precincts are in KZ-75 and KZ-71. {@code refs}: each ballot option's
 * registration id (a candidate's nomination, a list's party), in ballot order.
 */
public record TestContest(String code, String election, String hash, List<UUID> precincts, List<String> options,
        java.util.Map<String, List<UUID>> listCandidates, UUID contestId, UUID electionId, List<UUID> refs) {

    /** Each party's registered list, in list order; the three women make the quota. */
    public static final List<String> LIST_SURNAMES = List.of("Ысқақов", "Әбілов", "Абдуллин", "Ісатаев", "Бекова", "Қасымова",
            "Ұлықбек", "Өтепов", "Серікбаев", "Нұрланова");
    public static final List<String> LIST_WOMEN = List.of("Бекова", "Қасымова", "Нұрланова");

    public static TestContest partyList(int seats, List<String> parties, List<Integer> registrationOrder) {
        return partyList(seats, parties, registrationOrder, LIST_SURNAMES.size());
    }

    /** A national party list whose lists have only the first {@code listSize} of {@link #LIST_SURNAMES}. */
    public static TestContest partyList(int seats, List<String> parties, List<Integer> registrationOrder, int listSize) {
        String election = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return create(election, election + ".list", "PARTY_LIST", null, seats, parties, registrationOrder, TWO_UNITS,
                listSize, UUID.randomUUID(), "MAZHILIS", null);
    }

    /**
     * A party list of {@code body} (the registry's name for it) in {@code unit} (null: national) whose lists the commission
     * registered at {@code listRegisteredAt}, each party in {@code partyRegistrationNumbers} order of state registration.
     */
    public static TestContest partyList(int seats, List<String> parties, String body, String unit,
            List<Integer> partyRegistrationNumbers, List<Instant> listRegisteredAt) {
        String election = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return create(election, election + ".list", "PARTY_LIST", unit, seats, parties, partyRegistrationNumbers, TWO_UNITS,
                LIST_SURNAMES.size(), UUID.randomUUID(), body, listRegisteredAt);
    }

    /** When the lists of the other constructors were registered: in the order of the parties' state registration. */
    private static final Instant LISTS_REGISTERED = Instant.parse("2023-02-17T09:00:00Z");

    public static TestContest district(List<String> candidates) {
        return district(candidates, TWO_UNITS);
    }

    /** A district of KZ-75 whose precincts are in the units given, one precinct for each. */
    public static TestContest district(List<String> candidates, List<String> precinctUnits) {
        String election = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return create(election, election + ".smd-75-01", "SINGLE_MANDATE", "KZ-75", 1, candidates, null, precinctUnits);
    }

    /** The akim race of KZ-75 with these candidates. */
    public static TestContest akim(List<String> candidates) {
        String election = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return create(election, election + ".akim-75", "AKIM", "KZ-75", 1, candidates, null, TWO_UNITS);
    }

    /**
     * A recall vote on the deputy of a KZ-75 district: "for recall" and "against recall" (both with the deputy's
     * registration as ref), no "against all"; one precinct in each of KZ-75 and KZ-71, 3,000 voters each.
     */
    public static TestContest recall() {
        String election = "recall-" + UUID.randomUUID().toString().substring(0, 8);
        return create(election, election + ".recall-75-01", "RECALL", "KZ-75", 1, List.of("За отзыв", "Против отзыва"),
                null, TWO_UNITS, LIST_SURNAMES.size(), UUID.randomUUID(), "MAZHILIS", null);
    }

    /** Another district of {@code sibling}'s election, in KZ-75, with one precinct in each of the units given. */
    public static TestContest anotherDistrict(TestContest sibling, String district, List<String> candidates,
            List<String> precinctUnits) {
        return anotherDistrict(sibling, district, candidates, precinctUnits, null);
    }

    /**
     * Another district of {@code sibling}'s election whose candidates were nominated by the parties given (by short name,
     * in ballot order; null in the list or no list: self-nominated).
     */
    public static TestContest anotherDistrict(TestContest sibling, String district, List<String> candidates,
            List<String> precinctUnits, List<String> nominatedBy) {
        return create(sibling.election(), sibling.election() + "." + district, "SINGLE_MANDATE", "KZ-75", 1, candidates, null,
                precinctUnits, LIST_SURNAMES.size(), sibling.electionId(), "MAZHILIS", null, nominatedBy);
    }

    private static final List<String> TWO_UNITS = List.of("KZ-75", "KZ-71");

    private static TestContest create(String election, String code, String kind, String unit, int seats, List<String> options,
            List<Integer> registrationOrder) {
        return create(election, code, kind, unit, seats, options, registrationOrder, TWO_UNITS);
    }

    private static TestContest create(String election, String code, String kind, String unit, int seats, List<String> options,
            List<Integer> registrationOrder, List<String> precinctUnits) {
        return create(election, code, kind, unit, seats, options, registrationOrder, precinctUnits, LIST_SURNAMES.size(),
                UUID.randomUUID(), kind.equals("AKIM") ? "AKIM" : "MAZHILIS", null);
    }

    /**
     * A single-seat candidate's public record: born {@link #BORN} + their ballot index, occupation and residence by index
     * too, self-nominated.
     */
    public static final int BORN = 1970;
    public static final List<String> OCCUPATIONS = List.of("инженер", "мұғалім", "дәрігер", "заңгер");
    public static final String RESIDENCE = "Алматы қаласы";

    private static TestContest create(String election, String code, String kind, String unit, int seats, List<String> options,
            List<Integer> registrationOrder, List<String> precinctUnits, int listSize, UUID electionId, String body,
            List<Instant> listRegisteredAt) {
        return create(election, code, kind, unit, seats, options, registrationOrder, precinctUnits, listSize, electionId, body,
                listRegisteredAt, null);
    }

    private static TestContest create(String election, String code, String kind, String unit, int seats, List<String> options,
            List<Integer> registrationOrder, List<String> precinctUnits, int listSize, UUID electionId, String body,
            List<Instant> listRegisteredAt, List<String> nominatedBy) {
        String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        ObjectNode ballot = UpstreamStub.sample("ballot/approved-ballot.json");
        ballot.put("contestCode", code).put("contentHash", hash);
        ObjectNode document = (ObjectNode) ballot.get("document");
        document.put("contestCode", code).put("electionCode", election).put("contestKind", kind);
        ObjectNode partyTemplate = (ObjectNode) document.get("options").get(0);
        ObjectNode againstAll = (ObjectNode) document.get("options").get(1);
        ArrayNode ballotOptions = document.putArray("options");

        ObjectNode registrations = UpstreamStub.sample("registry/contest-registrations.json");
        UUID contestId = UUID.randomUUID();
        ((ObjectNode) registrations.get("contest")).put("id", contestId.toString()).put("electionId", electionId.toString());
        ((ObjectNode) registrations.get("contest")).put("code", code).put("electionCode", election).put("kind", kind)
                .put("seats", seats).put("thresholdPercent", 5).put("body", body);
        if (unit == null) {
            ((ObjectNode) registrations.get("contest")).putNull("unitCode").put("ocdId", "ocd-division/country:kz");
        } else {
            ((ObjectNode) registrations.get("contest")).put("unitCode", unit);
        }
        ObjectNode listTemplate = (ObjectNode) registrations.get("lists").get(0);
        ArrayNode lists = registrations.putArray("lists");
        ObjectNode candidateSample = (ObjectNode) registrations.get("candidates").get(0);
        ArrayNode standing = registrations.putArray("candidates");
        java.util.Map<String, List<UUID>> listCandidates = new java.util.LinkedHashMap<>();
        List<UUID> refs = new java.util.ArrayList<>();
        boolean recall = kind.equals("RECALL");
        UUID deputy = UUID.randomUUID();
        for (int i = 0; i < options.size(); i++) {
            UUID ref = recall ? deputy : UUID.randomUUID();
            refs.add(ref);
            ObjectNode option = partyTemplate.deepCopy();
            option.put("position", i + 1).put("ref", ref.toString())
                    .put("kind", recall ? (i == 0 ? "FOR_RECALL" : "AGAINST_RECALL")
                            : kind.equals("PARTY_LIST") ? "PARTY" : "CANDIDATE")
                    .put("labelKk", options.get(i)).put("labelRu", options.get(i)).put("detailKk", options.get(i))
                    .put("detailRu", options.get(i));
            ballotOptions.add(option);
            if (registrationOrder == null && (!recall || i == 0)) {
                String party = nominatedBy == null || i >= nominatedBy.size() ? null : nominatedBy.get(i);
                standing.add(candidateSample.deepCopy().put("nominationId", ref.toString()).put("surnameKk", options.get(i))
                        .put("yearOfBirth", BORN + i).put("occupation", OCCUPATIONS.get(i % OCCUPATIONS.size()))
                        .put("residence", RESIDENCE).put("nominatedBy", party == null ? "self-nominated" : party)
                        .put("route", party == null ? "SELF" : "PARTY"));
            }
            if (registrationOrder != null) {
                Instant registeredAt = listRegisteredAt != null ? listRegisteredAt.get(i)
                        : LISTS_REGISTERED.plus(Duration.ofHours(registrationOrder.get(i)));
                ObjectNode list = listTemplate.deepCopy();
                list.put("partyId", ref.toString()).put("partyShortName", options.get(i)).put("partyNameEn", options.get(i))
                        .put("partyRegistrationNumber", registrationOrder.get(i)).put("registeredAt", registeredAt.toString());
                ObjectNode candidateTemplate = (ObjectNode) list.get("candidates").get(0);
                ArrayNode candidates = list.putArray("candidates");
                List<UUID> ids = new java.util.ArrayList<>();
                for (int c = 0; c < listSize; c++) {
                    ObjectNode candidate = candidateTemplate.deepCopy();
                    UUID nomination = UUID.randomUUID();
                    ids.add(nomination);
                    candidate.put("nominationId", nomination.toString()).put("surnameKk", LIST_SURNAMES.get(c))
                            .put("listPosition", c + 1).put("partyId", ref.toString()).put("nominatedBy", options.get(i));
                    if (LIST_WOMEN.contains(LIST_SURNAMES.get(c))) {
                        candidate.put("quotaCategory", "WOMAN");
                    } else {
                        candidate.putNull("quotaCategory");
                    }
                    candidates.add(candidate);
                }
                listCandidates.put(options.get(i), ids);
                lists.add(list);
            }
        }
        if (!recall) {
            ballotOptions.add(againstAll.deepCopy().put("position", options.size() + 1));
        }

        ObjectNode precincts = UpstreamStub.sample("ballot/contest-precincts.json");
        precincts.put("contestCode", code);
        ObjectNode precinctTemplate = (ObjectNode) precincts.get("items").get(0);
        ArrayNode items = precincts.putArray("items");
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < precinctUnits.size(); i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            items.add(precinctTemplate.deepCopy().put("id", id.toString()).put("number", 1001 + i)
                    .put("unitCode", precinctUnits.get(i)).put("voters", 3000));
        }
        UpstreamStub.put(code, ballot, precincts, registrations);
        return new TestContest(code, election, hash, ids, options, listCandidates, contestId, electionId, refs);
    }

    /** The registration id of the ballot option labelled {@code option}: the key of its seats and trace. */
    public String ref(String option) {
        int index = options.indexOf(option);
        if (index < 0) {
            throw new IllegalArgumentException(option + " is not an option of " + code);
        }
        return refs.get(index).toString();
    }

    /** The path of an option's seats in a tabulation ({@code prefix} "" ) or a published contest. */
    public String seatsPath(String prefix, String option) {
        return prefix + "allocation.seats['" + ref(option) + "']";
    }
}
