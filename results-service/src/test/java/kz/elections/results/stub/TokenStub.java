package kz.elections.results.stub;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.elections.testing.Tokens;

/** The OIDC token endpoint as the client-credentials grant sees it: a signed service token for registry-service. */
@Path("/stub/token")
@PermitAll
public class TokenStub {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType) {
        if (!"client_credentials".equals(grantType)) {
            return Response.status(400).entity(Map.of("error", "unsupported_grant_type")).build();
        }
        String token = Tokens.forAudience("registry-service").subject("service-account-results-service").roles("service").sign();
        return Response.ok(Map.of("access_token", token, "token_type", "Bearer", "expires_in", 300)).build();
    }
}
