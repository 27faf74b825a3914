package kz.elections.registry.web;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.registry.appeal.AppealApi;
import kz.elections.registry.appeal.AppealResource;
import kz.elections.registry.appeal.AppealStatus;

/** The appeals awaiting decision, with uphold and dismiss forms; the central commission decides ({@link AppealResource}). */
@Path("/ui/commission/appeals")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.COMMISSION)
public class AppealQueuePages {

    @Inject
    Page page;

    @Inject
    RegistryPages pages;

    @Inject
    AppealResource appeals;

    @Inject
    @Location("pages/queue-appeals.html")
    Template queue;

    @GET
    public TemplateInstance queue() {
        return render(null, FormErrors.none());
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @FormParam("decision") String decision,
            @FormParam("reason") String reason) {
        try {
            AppealStatus.Decision chosen = kz.elections.common.Enums.parse(AppealStatus.Decision.class, "decision", decision);
            appeals.decide(id, new AppealApi.DecisionRequest(chosen, RegistryPages.blankToNull(reason)));
            return Response.seeOther(URI.create("/ui/appeals/" + id)).build();
        } catch (ProblemException refused) {
            return RegistryPages.page(refused.problem().status(), render(id, AppealPages.refusal(pages, refused)));
        }
    }

    private TemplateInstance render(UUID failed, FormErrors errors) {
        return page.render(queue.data("appeals", appeals.list(AppealStatus.FILED.name())).data("failed", failed)
                .data("errors", errors).data("pages", pages));
    }
}
