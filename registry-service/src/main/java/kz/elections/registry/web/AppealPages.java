package kz.elections.registry.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;
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

/**
 * Appeals on the web: a refused candidate (or a party, for its nomination or list) files one; the central commission
 * upholds or dismisses it ({@link AppealQueuePages}). The pages call {@link AppealResource} in-process: the same
 * checks, deadline and audit.
 */
@Path("/ui/appeals")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class AppealPages {

    static final Set<String> FIELDS = Set.of("grounds", "reason");

    @Inject
    Page page;

    @Inject
    RegistryPages pages;

    @Inject
    AppealResource appeals;

    @Inject
    @Location("pages/appeal-form.html")
    Template form;

    @Inject
    @Location("pages/appeal.html")
    Template detail;

    @GET
    @Path("new")
    @RolesAllowed({Roles.CITIZEN, Roles.PARTY_AGENT})
    public TemplateInstance newAppeal(@QueryParam("nomination") UUID nomination, @QueryParam("list") UUID list) {
        return renderForm(nomination, list, null, FormErrors.none());
    }

    @POST
    @RolesAllowed({Roles.CITIZEN, Roles.PARTY_AGENT})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@FormParam("nomination") UUID nomination, @FormParam("list") UUID list,
            @FormParam("grounds") String grounds) {
        AppealApi.AppealRequest request = new AppealApi.AppealRequest(nomination, list, RegistryPages.blankToNull(grounds));
        FormErrors errors = pages.validate(request, FormErrors.none(), FIELDS);
        if (!errors.isEmpty()) {
            return RegistryPages.page(400, renderForm(nomination, list, grounds, errors));
        }
        try {
            AppealApi.AppealView filed = (AppealApi.AppealView) appeals.file(request).getEntity();
            return Response.seeOther(URI.create("/ui/appeals/" + filed.id())).build();
        } catch (ProblemException refused) {
            return RegistryPages.page(refused.problem().status(), renderForm(nomination, list, grounds, refusal(pages, refused)));
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CITIZEN, Roles.PARTY_AGENT, Roles.COMMISSION})
    public TemplateInstance appeal(@PathParam("id") UUID id) {
        return page.render(detail.data("appeal", appeals.get(id)).data("pages", pages));
    }

    /** A late appeal names its deadline in the page's language; other refusals as the API words them. */
    static FormErrors refusal(RegistryPages pages, ProblemException refused) {
        Map<String, Object> extensions = refused.problem().extensions();
        if (extensions != null && extensions.get("deadline") != null) {
            return FormErrors.none().add(FormErrors.GENERAL, pages.msg().appeal_late(String.valueOf(extensions.get("deadline"))));
        }
        return pages.refusal(refused, FIELDS);
    }

    private TemplateInstance renderForm(UUID nomination, UUID list, String grounds, FormErrors errors) {
        return page.render(form.data("nomination", nomination).data("list", list).data("grounds", grounds)
                .data("errors", errors));
    }
}
