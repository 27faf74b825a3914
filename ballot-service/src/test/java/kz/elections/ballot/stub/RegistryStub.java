package kz.elections.ballot.stub;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stub of registry-service's contract, served by the test application itself: the registrations of
 * the contests a test puts here, by default the contract sample contracts/registry/contest-registrations.json.
 * It refuses calls without a bearer token, as the registry does.
 */
@Path("/stub/registry/api/v1/contests")
@PermitAll
public class RegistryStub {

    public static final java.nio.file.Path CONTRACT = java.nio.file.Path.of("..", "contracts", "registry", "contest-registrations.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CONTESTS = new ConcurrentHashMap<>();
    private static final AtomicReference<Integer> FAILING_WITH = new AtomicReference<>();
    public static final AtomicReference<String> LAST_AUTHORIZATION = new AtomicReference<>();

    /** The contract sample, to be varied by a test. */
    public static ObjectNode sample() {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(CONTRACT));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void put(ObjectNode registrations) {
        CONTESTS.put(registrations.path("contest").path("code").asText(), registrations.toString());
    }

    /** Every call answers with this status until {@link #recover()}. */
    public static void fail(int status) {
        FAILING_WITH.set(status);
    }

    public static void recover() {
        FAILING_WITH.set(null);
    }

    @GET
    @Path("{code}/registrations")
    @Produces(MediaType.APPLICATION_JSON)
    public Response registrations(@PathParam("code") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        LAST_AUTHORIZATION.set(authorization);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        Integer failing = FAILING_WITH.get();
        if (failing != null) {
            return Response.status(failing).build();
        }
        String body = CONTESTS.get(code);
        return body == null ? Response.status(404).build() : Response.ok(body).build();
    }
}
