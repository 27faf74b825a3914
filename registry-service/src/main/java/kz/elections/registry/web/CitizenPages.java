package kz.elections.registry.web;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.smallrye.common.annotation.Blocking;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import kz.elections.common.Roles;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.registry.nomination.NominationResource;
import kz.elections.law.election.ContestKind;
import kz.elections.law.nomination.Route;

/**
 * A citizen's pages: the contests open for self-nomination now, the nomination form, their nominations
 * with status and refusal grounds, and withdrawal. Every action goes through {@link NominationResource},
 * the same code, checks and audit as the API.
 */
@Path("/ui/citizen")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.CITIZEN)
public class CitizenPages {

    @Inject
    Page page;

    @Inject
    RegistryPages pages;

    @Inject
    ContestResource contests;

    @Inject
    NominationResource nominations;

    @Inject
    @Location("pages/open-contests.html")
    Template openContests;

    @Inject
    @Location("pages/nomination-form.html")
    Template form;

    @Inject
    @Location("pages/nominations.html")
    Template list;

    @Inject
    @Location("pages/nomination.html")
    Template detail;

    @GET
    @Path("contests")
    public TemplateInstance contests() {
        return page.render(openContests.data("open", pages.openContests().stream()
                .filter(o -> o.contest().kind() != ContestKind.PARTY_LIST).toList()).data("base", "/ui/citizen"));
    }

    @GET
    @Path("nominations/new")
    public TemplateInstance newNomination(@QueryParam("contest") String contestCode) {
        ElectionApi.ContestView contest = contests.get(contestCode == null ? "" : contestCode);
        return renderForm(contest, NominationForm.empty(), FormErrors.none(), UUID.randomUUID().toString());
    }

    @POST
    @Path("nominations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> body) {
        return pages.nominate(body, Route.SELF, null, "/ui/citizen", this::renderForm);
    }

    private TemplateInstance renderForm(ElectionApi.ContestView contest, NominationForm filled, FormErrors errors, String key) {
        return page.render(form.data("contest", contest).data("action", "/ui/citizen/nominations")
                .data("title", pages.msg().self_nomination_title())
                .data("fields", filled.fields(pages.msg(), errors, contest.kind() == ContestKind.AKIM))
                .data("errors", errors).data("idempotencyKey", key == null ? UUID.randomUUID().toString() : key));
    }

    @GET
    @Path("nominations")
    public TemplateInstance nominations() {
        return page.render(list.data("nominations", nominations.list(null, null, 500)).data("pages", pages)
                .data("base", "/ui/citizen"));
    }

    @GET
    @Path("nominations/{id}")
    public TemplateInstance nomination(@PathParam("id") UUID id) {
        NominationApi.NominationView view = (NominationApi.NominationView) nominations.get(id).getEntity();
        return page.render(detail.data("n", view).data("pages", pages).data("base", "/ui/citizen").data("withdrawable", view.status().active())
                .data("decidable", false).data("errors", FormErrors.none()));
    }

    @POST
    @Path("nominations/{id}/withdrawal")
    public Response withdraw(@PathParam("id") UUID id) {
        nominations.withdraw(id);
        return Response.seeOther(URI.create("/ui/citizen/nominations/" + id)).build();
    }
}
