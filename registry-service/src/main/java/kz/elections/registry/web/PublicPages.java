package kz.elections.registry.web;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.smallrye.common.annotation.Blocking;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import kz.elections.common.web.Page;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.election.ElectionResource;
import kz.elections.registry.nomination.CandidateResource;
import kz.elections.registry.party.PartyResource;

/**
 * The registry's public pages: no sign-in. They read through the public API resources, so they show
 * exactly what the API shows to anyone (registered parties and candidates, never IINs).
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@Blocking
@PermitAll
public class PublicPages {

    @Inject
    Page page;

    @Inject
    PartyResource parties;

    @Inject
    RegistryPages pages;

    @Inject
    ElectionResource elections;

    @Inject
    ContestResource contests;

    @Inject
    CandidateResource candidates;

    @Inject
    @Location("pages/home.html")
    Template home;

    @Inject
    @Location("pages/parties.html")
    Template partyList;

    @Inject
    @Location("pages/election.html")
    Template election;

    @Inject
    @Location("pages/contest.html")
    Template contest;

    @GET
    public TemplateInstance home() {
        return page.render(home.data("elections", elections.list()));
    }

    /** Reached only signed in (the web tenant sends a browser to Keycloak first); then back to the start. */
    @GET
    @Path("signin")
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create("/ui")).build();
    }

    @GET
    @Path("parties")
    public TemplateInstance parties() {
        return page.render(partyList.data("parties", parties.list(null)).data("pages", pages));
    }

    @GET
    @Path("elections/{idOrCode}")
    public TemplateInstance election(@PathParam("idOrCode") String idOrCode) {
        return page.render(election.data("election", elections.get(idOrCode)).data("contests", elections.contests(idOrCode))
                .data("pages", pages));
    }

    @Inject
    kz.elections.registry.nomination.CandidatePageResource candidatePages;

    @Inject
    @Location("pages/candidate.html")
    Template candidate;

    /** A registered candidate's public page: the public record and the election programme. */
    @GET
    @Path("candidates/{id}")
    public TemplateInstance candidate(@PathParam("id") java.util.UUID id) {
        return page.render(candidate.data("page", candidatePages.candidate(id)));
    }

    @GET
    @Path("contests/{idOrCode}")
    public TemplateInstance contest(@PathParam("idOrCode") String idOrCode) {
        return page.render(contest.data("contest", contests.get(idOrCode))
                .data("registered", candidates.candidates(idOrCode))
                .data("parties", parties.list(null).stream()
                        .collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p, (a, b) -> a)))
                .data("none", List.of()));
    }
}
