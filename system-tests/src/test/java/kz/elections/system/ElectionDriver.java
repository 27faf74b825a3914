package kz.elections.system;

import static io.restassured.RestAssured.given;
import static kz.elections.system.Platform.BALLOT;
import static kz.elections.system.Platform.REGISTRY;
import static kz.elections.system.Platform.RESULTS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The steps every election of the system tests goes through, over HTTP only and each with the token of the person
 * whose job it is: parties registered from their member lists, elections called with an open nomination window,
 * nominations and lists filed, paid for and registered, ballots composed and approved, precincts imported, protocols
 * built from votes per candidate or list, and the published feed read.
 */
final class ElectionDriver {

    /** Access tokens live 5 minutes in the realm; a test that runs longer fetches a fresh one. */
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(4);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {
    }

    private ElectionDriver() {
    }

    /** The user's token, fetched again when it is close to expiring. */
    static String token(String username) {
        Token token = TOKENS.get(username);
        if (token == null || token.fetched().plus(TOKEN_LIFE).isBefore(Instant.now())) {
            token = new Token(Platform.token(username), Instant.now());
            TOKENS.put(username, token);
        }
        return token.value();
    }

    /** A new user with a realm role and attributes (as an administrator creates one); its name for {@link #token}. */
    static String user(String username, String role, Map<String, String> attributes) {
        TOKENS.put(username, new Token(Platform.newUser(username, role, attributes), Instant.now()));
        return username;
    }

    /** A registered party: its id, its agent's user name and its counted members' IINs in member-list order. */
    record Party(UUID id, String shortName, String agent, List<String> members) {
    }

    /**
     * A party registered from its member list: its agent files the application and uploads the list (5,200 members
     * whose IINs start with {@code lead}), the agent is refused the decision and the central commission registers it.
     */
    static Party registerParty(String shortName, String nameKk, String nameRu, String nameEn, int binSerial, char lead) {
        UUID id = UUID.randomUUID();
        String agent = user("agent-" + shortName.toLowerCase() + "-" + id, "party-agent", Map.of("party", id.toString()));
        List<String> members = new ArrayList<>();
        given().auth().oauth2(token(agent)).contentType(ContentType.JSON).body("""
                {"nameKk": "%s", "nameRu": "%s", "nameEn": "%s", "shortName": "%s",
                 "bin": "%s", "notifiedOn": "2026-01-15", "congressOn": "2026-03-15",
                 "initiativeGroup": {"size": 720, "units": %s}}"""
                .formatted(nameKk, nameRu, nameEn, shortName, TestParties.bin(binSerial), TestParties.unitsJson(14)))
                .post(REGISTRY + "/api/v1/parties/applications").then().statusCode(201);
        given().auth().oauth2(token(agent)).contentType("text/csv").body(TestParties.membersCsv(lead, members))
                .put(REGISTRY + "/api/v1/parties/applications/" + id + "/members").then().statusCode(200);
        given().auth().oauth2(token(agent)).contentType(ContentType.JSON).body("{\"action\": \"REGISTER\"}")
                .post(REGISTRY + "/api/v1/parties/applications/" + id + "/decisions").then().statusCode(403);
        given().auth().oauth2(token("cec")).contentType(ContentType.JSON).body("{\"action\": \"REGISTER\"}")
                .post(REGISTRY + "/api/v1/parties/applications/" + id + "/decisions").then().statusCode(200);
        return new Party(id, shortName, agent, List.copyOf(members));
    }

    /** Creates an election whose nomination window is open now (the calling decision's calendar); 201 expected. */
    static void callElection(String commission, String fields, LocalDate electionDay) {
        LocalDate today = LocalDate.now();
        given().auth().oauth2(token(commission)).contentType(ContentType.JSON).body("""
                {%s, "electionDay": "%s", "calledOn": "%s",
                 "calendar": {"nominationOpensOn": "%s", "nominationClosesOn": "%s", "registrationClosesOn": "%s"}}"""
                .formatted(fields, electionDay, today.minusDays(2), today.minusDays(1), today.plusDays(5), today.plusDays(10)))
                .post(REGISTRY + "/api/v1/elections").then().statusCode(201);
    }

    /** Valid IINs no member list uses, starting with {@code lead}: the people the tests nominate outside party lists. */
    static List<String> iins(String lead, int count) {
        List<String> iins = new ArrayList<>();
        for (int serial = 0; iins.size() < count; serial++) {
            String iin = Identifiers.withCheckDigit(lead + String.format("%0" + (11 - lead.length()) + "d", serial));
            if (iin != null) {
                iins.add(iin);
            }
        }
        return iins;
    }

    /** A person as nominated: names in Kazakh (used for Russian too), declared date of birth, sex, quota category. */
    static String person(String iin, String surname, String name, String patronymic, LocalDate birthDate, String sex,
            String quotaCategory) {
        return """
                {"iin": "%s", "surnameKk": "%s", "nameKk": "%s", "patronymicKk": "%s", "surnameRu": "%s", "nameRu": "%s",
                 "patronymicRu": "%s", "birthDate": "%s", "sex": "%s", "residenceYears": 30, "quotaCategory": %s,
                 "occupation": "инженер", "residence": "Алматы қаласы", "education": "жоғары",
                 "noCriminalRecord": true, "legallyCapable": true}"""
                .formatted(iin, surname, name, patronymic, surname, name, patronymic, birthDate, sex,
                        quotaCategory == null ? "null" : "\"" + quotaCategory + "\"");
    }

    /**
     * A nomination filed with the filer's token: {@code route} SELF, PARTY or PUBLIC_ASSOCIATION; {@code extra} further
     * JSON fields of the request (partyId, associationName, signatures), or empty.
     */
    static Response nominate(String filer, String contest, String route, String extra, String person) {
        return given().auth().oauth2(token(filer)).contentType(ContentType.JSON)
                .body("{\"contest\": \"" + contest + "\", \"route\": \"" + route + "\"" + (extra.isEmpty() ? "" : ", " + extra)
                        + ", \"person\": " + person + "}")
                .post(REGISTRY + "/api/v1/nominations");
    }

    /** Files a nomination (201 expected), then the commission records its deposit and registers it; its id. */
    static String nominateAndRegister(String filer, String commission, String contest, String route, String extra,
            String person) {
        String id = nominate(filer, contest, route, extra, person).then().statusCode(201).extract().path("id");
        long due = ((Number) given().auth().oauth2(token(commission)).get(REGISTRY + "/api/v1/nominations/" + id)
                .then().statusCode(200).extract().path("depositDue")).longValue();
        given().auth().oauth2(token(commission)).contentType(ContentType.JSON).body("{\"amount\": " + due + "}")
                .post(REGISTRY + "/api/v1/nominations/" + id + "/deposit").then().statusCode(200);
        given().auth().oauth2(token(commission)).contentType(ContentType.JSON).body("{\"action\": \"REGISTER\"}")
                .post(REGISTRY + "/api/v1/nominations/" + id + "/decisions").then().statusCode(200);
        return id;
    }

    /**
     * The party's agent files its list (persons in list order), the commission records the deposit the registry asks
     * and registers the list; the candidates' nomination ids in list order.
     */
    static List<String> registerList(String agent, String commission, String contest, UUID party, List<String> persons) {
        Response list = given().auth().oauth2(token(agent)).contentType(ContentType.JSON)
                .body("{\"contest\": \"" + contest + "\", \"partyId\": \"" + party + "\", \"candidates\": ["
                        + String.join(",", persons) + "]}")
                .post(REGISTRY + "/api/v1/party-lists");
        list.then().statusCode(201);
        String id = list.path("id");
        long due = ((Number) list.path("depositDue")).longValue();
        if (due > 0) {
            given().auth().oauth2(token(commission)).contentType(ContentType.JSON).body("{\"amount\": " + due + "}")
                    .post(REGISTRY + "/api/v1/party-lists/" + id + "/deposit").then().statusCode(200);
        }
        given().auth().oauth2(token(commission)).contentType(ContentType.JSON).body("{\"action\": \"REGISTER\"}")
                .post(REGISTRY + "/api/v1/party-lists/" + id + "/decisions").then().statusCode(200);
        List<Map<String, Object>> candidates = list.path("candidates");
        return candidates.stream().map(c -> (String) c.get("id")).toList();
    }

    /** The commission records the lot of a list contest: the parties in the order drawn. */
    static void drawLot(String commission, String contest, List<UUID> parties) {
        given().auth().oauth2(token(commission)).contentType(ContentType.JSON)
                .body("{\"partyIds\": [" + parties.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "))
                        + "], \"drawnOn\": \"" + LocalDate.now() + "\", \"drawnBy\": \"system test\"}")
                .put(BALLOT + "/api/v1/contests/" + contest + "/lot").then().statusCode(200);
    }

    /** ballot-service composes the contest's ballot from the registry and the commission approves it; its hash. */
    static String composeAndApprove(String commission, String contest) {
        String draft = given().auth().oauth2(token(commission)).contentType(ContentType.JSON)
                .body("{\"contest\": \"" + contest + "\"}").post(BALLOT + "/api/v1/ballots").then().statusCode(201)
                .extract().path("id");
        return given().auth().oauth2(token(commission)).post(BALLOT + "/api/v1/ballots/" + draft + "/approval")
                .then().statusCode(200).extract().path("contentHash");
    }

    /** The approved ballot's options in ballot order, "against all" last (public). */
    static List<Map<String, Object>> ballotOptions(String contest) {
        return given().get(BALLOT + "/api/v1/contests/" + contest + "/ballot").then().statusCode(200).extract()
                .path("document.options");
    }

    /** The commission imports precincts (CSV lines after the header); precinct number → id of those voting in a contest. */
    static Map<Integer, String> importPrecincts(String commission, String lines, String contest) {
        given().auth().oauth2(token(commission)).contentType("text/csv; charset=UTF-8")
                .body("number,unit_code,address,voters,contests\n" + lines)
                .post(BALLOT + "/api/v1/precincts/imports").then().statusCode(200);
        return precincts(contest);
    }

    /** Precinct number → id of the precincts voting in a contest (public). */
    static Map<Integer, String> precincts(String contest) {
        List<Map<String, Object>> items = given().get(BALLOT + "/api/v1/precincts?contest=" + contest).then().statusCode(200)
                .extract().path("items");
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        items.forEach(p -> byNumber.put(((Number) p.get("number")).intValue(), (String) p.get("id")));
        return byNumber;
    }

    /**
     * A protocol's JSON: every ballot received, {@code tookPart} issued, the rest cancelled; {@code votes} by ballot
     * position from 1.
     */
    static String protocol(String contest, String precinct, String hash, long voters, long tookPart, long invalid,
            long againstAll, List<Long> votes, String correctionReason) {
        StringBuilder positions = new StringBuilder();
        for (int i = 0; i < votes.size(); i++) {
            positions.append(i == 0 ? "" : ", ").append("{\"position\": ").append(i + 1).append(", \"votes\": ")
                    .append(votes.get(i)).append('}');
        }
        return """
                {"contest": "%s", "precinct": "%s", "ballotHash": "%s", "votersOnList": %d, "votersAdded": 0,
                 "ballotsReceived": %d, "ballotsIssued": %d, "ballotsCancelled": %d, "tookPart": %d, "invalid": %d,
                 "againstAll": %d, "votes": [%s]%s}"""
                .formatted(contest, precinct, hash, voters, voters, tookPart, voters - tookPart, tookPart, invalid, againstAll,
                        positions, correctionReason == null ? "" : ", \"correctionReason\": \"" + correctionReason + "\"");
    }

    /**
     * A tabulator submits a precinct's protocol whose control relations hold, the votes given per candidate or list
     * (ballot option {@code ref}: nomination or party id) and placed at their positions on the approved ballot.
     */
    static Response submitProtocol(String tabulator, String contest, String precinct, long voters, long invalid,
            long againstAll, Map<String, Long> votesByRef) {
        List<Map<String, Object>> options = ballotOptions(contest);
        String hash = given().get(BALLOT + "/api/v1/contests/" + contest + "/ballot").then().statusCode(200).extract()
                .path("contentHash");
        List<Long> votes = new ArrayList<>();
        for (Map<String, Object> option : options) {
            if (!"AGAINST_ALL".equals(option.get("kind"))) {
                Long count = votesByRef.get(String.valueOf(option.get("ref")));
                if (count == null) {
                    throw new AssertionError("no votes given for " + option + " of " + contest);
                }
                votes.add(count);
            }
        }
        if (votes.size() != votesByRef.size()) {
            throw new AssertionError("votes for options not on the ballot of " + contest + ": " + votesByRef + " vs " + options);
        }
        long tookPart = invalid + againstAll + votes.stream().mapToLong(Long::longValue).sum();
        return given().auth().oauth2(token(tabulator)).contentType(ContentType.JSON)
                .body(protocol(contest, precinct, hash, voters, tookPart, invalid, againstAll, votes, null))
                .post(RESULTS + "/api/v1/protocols");
    }

    /** One contest of a published version of the feed. */
    static Map<String, Object> contest(Response feed, String code) {
        List<Map<String, Object>> contests = feed.path("contests");
        return contests.stream().filter(c -> code.equals(c.get("contestCode"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + feed.asString()));
    }

    /**
     * The seats per list of a list contest of the feed, by the list's short name on the ballot: the allocation keys each
     * list by its registration id ({@code options[].ref}), and every list of the allocation is an option of the ballot.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Number> seats(Map<String, Object> contest) {
        Map<String, Number> byId = (Map<String, Number>) ((Map<String, Object>) contest.get("allocation")).get("seats");
        Map<String, Number> byShortName = new LinkedHashMap<>();
        for (Map<String, Object> option : (List<Map<String, Object>>) contest.get("options")) {
            Number seats = byId.get(String.valueOf(option.get("ref")));
            if (seats != null) {
                byShortName.put(String.valueOf(option.get("detail")), seats);
            }
        }
        if (byShortName.size() != byId.size()) {
            throw new AssertionError("seats of lists not on the ballot: " + byId + " against " + contest.get("options"));
        }
        return byShortName;
    }

    /** {@code GET /api/v1/contests/{code}/elected}, public. */
    static Response elected(String contest) {
        Response elected = given().get(RESULTS + "/api/v1/contests/" + contest + "/elected");
        elected.then().statusCode(200);
        return elected;
    }
}
