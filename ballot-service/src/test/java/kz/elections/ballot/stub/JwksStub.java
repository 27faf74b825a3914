package kz.elections.ballot.stub;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.elections.testing.TestJwks;

/** The test issuer's keys, for the pages' OIDC tenant (tests only). */
@Path("/stub/jwks")
@PermitAll
public class JwksStub {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String keys() {
        return TestJwks.json();
    }
}
