package kz.elections.ballot.web;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import kz.elections.ballot.ballot.Ballot;
import kz.elections.common.Roles;
import kz.elections.common.web.Page;

/**
 * The ballot service's start page (the root address leads here, and error pages link here): what a ballot is, a
 * way to open a contest's ballot, and for commission staff the latest ballots composed.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@Blocking
@PermitAll
public class BallotIndexPages {

    @Inject
    Page page;

    @Inject
    @Location("pages/index.html")
    Template index;

    @GET
    public TemplateInstance index() {
        List<Ballot> latest = page.has(Roles.COMMISSION)
                ? Ballot.<Ballot>find("order by composedAt desc").page(0, 50).list()
                : List.of();
        return page.render(index.data("latest", latest));
    }

    /** The contest's ballot page, from the form of the start page (its commission signs in there). */
    @GET
    @Path("ballot")
    public Response open(@QueryParam("contest") String contest) {
        String code = contest == null ? "" : contest.strip();
        if (!code.matches("[A-Za-z0-9._-]{1,120}")) {
            return Response.seeOther(URI.create("/ui")).build();
        }
        return Response.seeOther(URI.create("/ui/commission/contests/" + code + "/ballot")).build();
    }

    /** Reached only signed in (the web tenant sends a browser to Keycloak first); then back to the start. */
    @GET
    @Path("signin")
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create("/ui")).build();
    }
}
