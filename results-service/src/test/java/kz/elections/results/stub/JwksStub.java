package kz.elections.results.stub;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.elections.testing.TestJwks;

/**
 * The keys of the test issuer, where the pages' tenant looks for them (application.properties, %test):
 * without them a page could not tell a signed-in reader's token from a forged one.
 */
@Path("/stub/jwks")
@PermitAll
public class JwksStub {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String keys() {
        return TestJwks.json();
    }
}
