package kz.elections.results.stub;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stubs of ballot-service's and registry-service's contracts, served by the test application itself,
 * built from the samples in contracts/. They refuse calls without a bearer token, as the services do.
 */
@Path("/stub")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class UpstreamStub {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> BALLOTS = new ConcurrentHashMap<>();
    private static final Map<String, String> PRECINCTS = new ConcurrentHashMap<>();
    private static final Map<String, String> REGISTRATIONS = new ConcurrentHashMap<>();
    private static final AtomicReference<Integer> FAILING_WITH = new AtomicReference<>();
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> PRECINCT_READS = new ConcurrentHashMap<>();

    /** How often a contest's precincts were read, by any instance of the service: once per load of the contest. */
    public static int precinctReads(String contest) {
        return PRECINCT_READS.getOrDefault(contest, new java.util.concurrent.atomic.AtomicInteger()).get();
    }

    private static final Map<String, String> CODES_BY_ID = new ConcurrentHashMap<>();
    /** Election code → its contests as the registry lists them, by contest code. */
    private static final Map<String, Map<String, JsonNode>> ELECTION_CONTESTS = new ConcurrentHashMap<>();
    private static final Map<String, String> ELECTED_REPORTS = new ConcurrentHashMap<>();

    public static ObjectNode sample(String contract) {
        return (ObjectNode) sampleNode(contract);
    }

    /** A contract sample whose top level is an array. */
    public static ArrayNode sampleArray(String contract) {
        return (ArrayNode) sampleNode(contract);
    }

    private static JsonNode sampleNode(String contract) {
        try {
            return JSON.readTree(Files.readString(java.nio.file.Path.of("..", "contracts").resolve(contract)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The contest's ballot, precincts and registrations; the registry's list of its election's contests
     * (contracts/registry/election-contests.json) holds it from now on, with the fields its registrations give.
     */
    public static void put(String contest, ObjectNode ballot, ObjectNode precincts, ObjectNode registrations) {
        BALLOTS.put(contest, ballot.toString());
        PRECINCTS.put(contest, precincts.toString());
        REGISTRATIONS.put(contest, registrations.toString());
        hold(registrations.get("contest"));
    }

    /**
     * Gives a ballot option (by registration id) its Kazakh and Russian labels, and the list's party its registered English
     * name if {@code en} is not null; before the service first reads the contest.
     */
    public static void rename(String contest, String ref, String kk, String ru, String en) {
        try {
            ObjectNode ballot = (ObjectNode) JSON.readTree(BALLOTS.get(contest));
            ballot.get("document").get("options").forEach(option -> {
                if (ref.equals(option.path("ref").asText())) {
                    ((ObjectNode) option).put("labelKk", kk).put("labelRu", ru);
                }
            });
            BALLOTS.put(contest, ballot.toString());
            ObjectNode registrations = (ObjectNode) JSON.readTree(REGISTRATIONS.get(contest));
            registrations.get("lists").forEach(list -> {
                if (en != null && ref.equals(list.path("partyId").asText())) {
                    ((ObjectNode) list).put("partyNameEn", en);
                }
            });
            REGISTRATIONS.put(contest, registrations.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A contest the registry holds (fields as in a contest's registrations) but nobody composed a ballot for: listed among
     * its election's contests, and its registrations give just the contest.
     */
    public static void putWithoutBallot(ObjectNode contest) {
        ObjectNode registrations = sample("registry/contest-registrations.json");
        registrations.set("contest", contest);
        registrations.putArray("candidates");
        registrations.putArray("lists");
        REGISTRATIONS.put(contest.get("code").asText(), registrations.toString());
        hold(contest);
    }

    private static void hold(JsonNode contest) {
        CODES_BY_ID.put(contest.get("id").asText(), contest.get("code").asText());
        ObjectNode listed = (ObjectNode) sampleArray("registry/election-contests.json").get(0);
        listed.fieldNames().forEachRemaining(field -> listed.set(field, contest.get(field)));
        ELECTION_CONTESTS.computeIfAbsent(contest.get("electionCode").asText(), e -> new ConcurrentSkipListMap<>())
                .put(contest.get("code").asText(), listed);
    }

    public static void fail(int status) {
        FAILING_WITH.set(status);
    }

    /** The registry reads as usual but does not take elected reports (answers {@code status}). */
    public static void failElectedReports(int status) {
        ELECTED_FAILING_WITH.set(status);
    }

    public static void recover() {
        FAILING_WITH.set(null);
        ELECTED_FAILING_WITH.set(null);
    }

    private static final AtomicReference<Integer> ELECTED_FAILING_WITH = new AtomicReference<>();

    @GET
    @Path("ballot/api/v1/contests/{code}/ballot")
    public Response ballot(@PathParam("code") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return answer(BALLOTS.get(code), authorization);
    }

    @GET
    @Path("ballot/api/v1/precincts")
    public Response precincts(@QueryParam("contest") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        PRECINCT_READS.computeIfAbsent(code, c -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        return answer(PRECINCTS.get(code), authorization);
    }

    @GET
    @Path("registry/api/v1/contests/{code}/registrations")
    public Response registrations(@PathParam("code") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        // The registry takes a contest's id wherever it takes its code.
        return answer(REGISTRATIONS.getOrDefault(code, REGISTRATIONS.get(CODES_BY_ID.getOrDefault(code, ""))), authorization);
    }

    @GET
    @Path("registry/api/v1/elections/{code}/contests")
    public Response electionContests(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Map<String, JsonNode> contests = ELECTION_CONTESTS.get(code);
        return answer(contests == null ? null : JSON.createArrayNode().addAll(contests.values()).toString(), authorization);
    }

    /** registry-service's side of the elected report: the last report per contest, as received. */
    @jakarta.ws.rs.PUT
    @Path("registry/api/v1/contests/{code}/elected")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public Response elected(@PathParam("code") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            String body) {
        Integer failing = ELECTED_FAILING_WITH.get();
        Response refused = failing != null ? Response.status(failing).build() : answer("[]", authorization);
        if (refused.getStatus() == 200) {
            ELECTED_REPORTS.put(code, body);
        }
        return refused;
    }

    /** The last elected report the registry stub received for a contest; null if none. */
    public static ObjectNode electedReport(String contest) {
        try {
            String body = ELECTED_REPORTS.get(contest);
            return body == null ? null : (ObjectNode) JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response answer(String body, String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        Integer failing = FAILING_WITH.get();
        if (failing != null) {
            return Response.status(failing).build();
        }
        return body == null ? Response.status(404).build() : Response.ok(body).build();
    }
}
