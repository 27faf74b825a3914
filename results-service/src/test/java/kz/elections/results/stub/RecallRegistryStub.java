package kz.elections.results.stub;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/** The registry's recall outcomes endpoint: keeps what results-service sends, answers as the registry does, or fails. */
@Path("/stub/registry/api/v1/recalls")
@PermitAll
public class RecallRegistryStub {

    public static final List<JsonNode> RECEIVED = new CopyOnWriteArrayList<>();
    private static volatile int failWith;

    public static void fail(int status) {
        failWith = status;
    }

    public static void recover() {
        failWith = 0;
    }

    @POST
    @Path("outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response outcome(JsonNode outcome, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        if (failWith != 0) {
            return Response.status(failWith).build();
        }
        RECEIVED.add(outcome);
        return Response.ok(outcome).type(MediaType.APPLICATION_JSON).build();
    }
}
