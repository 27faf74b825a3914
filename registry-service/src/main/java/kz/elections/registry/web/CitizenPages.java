package kz.elections.registry.web;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
    @Location("pages/stand-contest.html")
    Template closed;

    @Inject
    @Location("pages/nominations.html")
    Template list;

    @Inject
    @Location("pages/nomination.html")
    Template detail;

    @Inject
    @Location("pages/withdrawal.html")
    Template withdrawal;

    @GET
    @Path("contests")
    public TemplateInstance contests(@QueryParam("unit") String unit, @QueryParam("q") String text) {
        return pages.openContestsPage(openContests, "/ui/citizen", pages.selfNominationContests(), unit, text);
    }

    @GET
    @Path("nominations/new")
    public TemplateInstance newNomination(@QueryParam("contest") String contestCode) {
        RegistryPages.Standing standing = pages.standing(contestCode);
        if (!standing.open()) {
            // A closed contest says so, with its dates, instead of a form that would be refused after 15 fields.
            return page.render(closed.data("s", standing).data("pages", pages));
        }
        return renderForm(standing.contest(), NominationForm.empty(), FormErrors.none(), UUID.randomUUID().toString());
    }

    @POST
    @Path("nominations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> body) {
        return pages.nominate(body, Route.SELF, null, "/ui/citizen", this::renderForm);
    }

    private TemplateInstance renderForm(ElectionApi.ContestView contest, NominationForm filled, FormErrors errors, String key) {
        return page.render(form.data("contest", contest).data("action", "/ui/citizen/nominations")
                .data("standing", pages.standing(contest.code())).data("pages", pages)
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
    public TemplateInstance nomination(@PathParam("id") UUID id, @QueryParam("done") String done) {
        NominationApi.NominationView view = (NominationApi.NominationView) nominations.get(id).getEntity();
        return page.render(detail.data("n", view).data("pages", pages).data("base", "/ui/citizen").data("withdrawable", view.status().active())
                .data("decidable", false).data("errors", FormErrors.none()).data("done", done == null ? "" : done)
                .data("standing", "filed".equals(done) ? pages.standing(view.contestCode()) : null));
    }

    /** Withdrawal asks first: this page, then its form. */
    @GET
    @Path("nominations/{id}/withdrawal")
    public TemplateInstance confirmWithdrawal(@PathParam("id") UUID id) {
        return pages.withdrawalPage(withdrawal, id, "/ui/citizen");
    }

    @POST
    @Path("nominations/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, @FormParam("confirm") String confirm) {
        return pages.withdraw(id, confirm, "/ui/citizen");
    }
}
