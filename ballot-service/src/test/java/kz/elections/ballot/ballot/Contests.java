package kz.elections.ballot.ballot;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.elections.ballot.stub.RegistryStub;

/** Contests for the registry stub, built from the contract sample under fresh codes. */
public final class Contests {

    private static final java.util.Map<String, UUID> IDS = new java.util.concurrent.ConcurrentHashMap<>();

    private Contests() {
    }

    /** The registry's id of a contest made here. */
    public static UUID idOf(String code) {
        return IDS.get(code);
    }

    private static void identify(ObjectNode contest, String code) {
        UUID id = UUID.randomUUID();
        contest.put("id", id.toString());
        IDS.put(code, id);
    }

    /** A single-mandate district of KZ-75 with the given candidates (surname, name, patronymic in Kazakh). */
    public static String district(String[]... candidates) {
        ObjectNode registrations = RegistryStub.sample();
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8) + ".smd-75-03";
        ((ObjectNode) registrations.get("contest")).put("code", code);
        identify((ObjectNode) registrations.get("contest"), code);
        ObjectNode template = (ObjectNode) registrations.get("candidates").get(0);
        ArrayNode list = registrations.putArray("candidates");
        for (String[] name : candidates) {
            ObjectNode candidate = template.deepCopy();
            candidate.put("nominationId", UUID.randomUUID().toString());
            candidate.put("surnameKk", name[0]);
            candidate.put("nameKk", name[1]);
            candidate.put("patronymicKk", name[2]);
            candidate.put("surnameRu", name[0]);
            list.add(candidate);
        }
        registrations.putArray("lists");
        RegistryStub.put(registrations);
        return code;
    }

    /** A national party-list contest with one registered list per party id. */
    public static String partyList(UUID... parties) {
        ObjectNode registrations = RegistryStub.sample();
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8) + ".list";
        ObjectNode contest = (ObjectNode) registrations.get("contest");
        contest.put("code", code);
        identify(contest, code);
        contest.put("kind", "PARTY_LIST");
        contest.putNull("unitCode");
        contest.put("seats", 69);
        ObjectNode template = (ObjectNode) registrations.get("lists").get(0);
        ArrayNode lists = registrations.putArray("lists");
        for (int i = 0; i < parties.length; i++) {
            ObjectNode list = template.deepCopy();
            list.put("listId", UUID.randomUUID().toString());
            list.put("partyId", parties[i].toString());
            list.put("partyShortName", "P" + (i + 1));
            list.put("partyNameKk", "Партия " + (i + 1));
            list.put("partyRegistrationNumber", i + 1);
            lists.add(list);
        }
        registrations.putArray("candidates");
        RegistryStub.put(registrations);
        return code;
    }

    /** A recall vote on the deputy of KZ-75's third district, or on none ({@code deputy} false). */
    public static String recall(boolean deputy) {
        ObjectNode registrations = RegistryStub.sample();
        String code = "recall-" + UUID.randomUUID().toString().substring(0, 8) + ".recall-75-03";
        ObjectNode contest = (ObjectNode) registrations.get("contest");
        contest.put("code", code);
        contest.put("kind", "RECALL");
        identify(contest, code);
        if (!deputy) {
            registrations.putArray("candidates");
        }
        registrations.putArray("lists");
        RegistryStub.put(registrations);
        return code;
    }
}
