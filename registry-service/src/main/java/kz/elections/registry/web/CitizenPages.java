package kz.elections.registry.web;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.registry.election.ContestKind;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.election.ElectionResource;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.registry.nomination.NominationResource;

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

    public record OpenContest(ElectionApi.ElectionView election, ElectionApi.ContestView contest) {
    }

    @Inject
    Page page;

    @Inject
    RegistryPages pages;

    @Inject
    ElectionResource elections;

    @Inject
    ContestResource contests;

    @Inject
    NominationResource nominations;

    @Inject
    Clock clock;

    @Inject
    @Location("pages/citizen-contests.html")
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
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OpenContest> open = new ArrayList<>();
        for (ElectionApi.ElectionView election : elections.list()) {
            ElectionApi.CalendarView calendar = election.calendar();
            boolean nominating = calendar.nominationOpens() != null && !now.isBefore(calendar.nominationOpens())
                    && calendar.nominationCloses() != null && now.isBefore(calendar.nominationCloses());
            if (nominating) {
                elections.contests(election.code()).stream().filter(c -> c.kind() != ContestKind.PARTY_LIST)
                        .forEach(c -> open.add(new OpenContest(election, c)));
            }
        }
        return page.render(openContests.data("open", open));
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
        ElectionApi.ContestView contest = contests.get(String.valueOf(body.getFirst("contest")));
        String key = body.getFirst("idempotencyKey");
        NominationForm filled = NominationForm.from(body);
        NominationApi.NominationRequest request = filled.request(contest.code());
        FormErrors errors = pages.validate(request, filled.parseErrors(), NominationForm.fieldNames());
        int status = 400;
        if (errors.isEmpty()) {
            try {
                NominationApi.NominationView created = (NominationApi.NominationView) nominations.submit(key, request).getEntity();
                return Response.seeOther(URI.create("/ui/citizen/nominations/" + created.id())).build();
            } catch (ProblemException refused) {
                errors = pages.refusal(refused, NominationForm.fieldNames());
                status = refused.problem().status();
            }
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(renderForm(contest, filled, errors, key)).build();
    }

    private TemplateInstance renderForm(ElectionApi.ContestView contest, NominationForm filled, FormErrors errors, String key) {
        return page.render(form.data("contest", contest)
                .data("fields", filled.fields(pages.msg(), errors, contest.kind() == ContestKind.AKIM))
                .data("errors", errors).data("idempotencyKey", key == null ? UUID.randomUUID().toString() : key));
    }

    @GET
    @Path("nominations")
    public TemplateInstance nominations() {
        return page.render(list.data("nominations", nominations.list(null, null, 500)).data("pages", pages));
    }

    @GET
    @Path("nominations/{id}")
    public TemplateInstance nomination(@PathParam("id") UUID id) {
        NominationApi.NominationView view = (NominationApi.NominationView) nominations.get(id).getEntity();
        return page.render(detail.data("n", view).data("pages", pages).data("withdrawable", view.status().active())
                .data("decidable", false).data("errors", FormErrors.none()));
    }

    @POST
    @Path("nominations/{id}/withdrawal")
    public Response withdraw(@PathParam("id") UUID id) {
        nominations.withdraw(id);
        return Response.seeOther(URI.create("/ui/citizen/nominations/" + id)).build();
    }
}
