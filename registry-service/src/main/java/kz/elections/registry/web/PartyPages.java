package kz.elections.registry.web;

import static kz.elections.registry.web.RegistryPages.etag;
import static kz.elections.registry.web.RegistryPages.page;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.Violation;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.common.web.ServiceText;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.election.ElectionResource;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.registry.nomination.NominationConfig;
import kz.elections.registry.nomination.NominationResource;
import kz.elections.registry.nomination.PartyListResource;
import kz.elections.registry.party.PartyApi;
import kz.elections.registry.party.PartyApplicationResource;
import kz.elections.registry.region.RegionResource;
import kz.elections.law.election.ContestKind;
import kz.elections.law.list.PartyListRules;
import kz.elections.law.list.QuotaCategory;
import kz.elections.law.nomination.Route;

/**
 * A party agent's pages, always for the party in the token's {@code party} claim: its application with
 * the pre-check report (or the application form), the member list upload, its nominations and its
 * party lists. Every action goes through the API resources, so another party's application or list is
 * as absent here as it is in the API, and every change is checked and audited as there.
 */
@Path("/ui/party")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.PARTY_AGENT)
public class PartyPages {

    /** Rows a new party list form starts with; more are one button away. */
    static final int FIRST_ROWS = 3;
    static final String MEMBERS_FIELD = "members";

    @Inject
    Page page;

    @Inject
    RegistryPages pages;

    @Inject
    Caller caller;

    @Inject
    PartyApplicationResource applications;

    @Inject
    RegionResource regions;

    @Inject
    ContestResource contests;

    @Inject
    ElectionResource elections;

    @Inject
    NominationResource nominations;

    @Inject
    PartyListResource partyLists;

    @Inject
    NominationConfig rules;

    @Inject
    @Location("pages/party-home.html")
    Template home;

    @Inject
    @Location("pages/party-application-form.html")
    Template applicationForm;

    @Inject
    @Location("pages/open-contests.html")
    Template openContests;

    @Inject
    @Location("pages/nomination-form.html")
    Template nominationForm;

    @Inject
    @Location("pages/nominations.html")
    Template nominationList;

    @Inject
    @Location("pages/withdrawal.html")
    Template withdrawal;

    @Inject
    @Location("pages/nomination.html")
    Template nomination;

    @Inject
    @Location("pages/party-list-form.html")
    Template listForm;

    @Inject
    @Location("pages/party-lists.html")
    Template listIndex;

    @Inject
    @Location("pages/party-list.html")
    Template list;

    /** What an upload of the member list came to: the rows stored and the report, or why nothing was stored. */
    public record Upload(Integer rows, String refusal, List<Violation> lines, String fileError) {

        public boolean isStored() {
            return rows != null;
        }
    }

    // ---- the application, its report and the member list

    /** The party's page; {@code stored}: the rows of a member list just stored, to say so above the new report. */
    @GET
    public TemplateInstance home(@QueryParam("stored") Integer stored) {
        Optional<PartyApi.ApplicationView> application = applications.list(null).stream().findFirst();
        if (application.isEmpty()) {
            return renderApplicationForm(PartyApplicationForm.empty(), FormErrors.none());
        }
        return renderHome(application.get(), stored == null ? null : new Upload(stored, null, List.of(), null));
    }

    private TemplateInstance renderHome(PartyApi.ApplicationView application, Upload upload) {
        return page.render(home.data("a", application).data("report", applications.report(application.id()))
                .data("upload", upload).data("pages", pages));
    }

    private TemplateInstance renderApplicationForm(PartyApplicationForm filled, FormErrors errors) {
        return page.render(applicationForm.data("fields", filled.fields(pages.msg(), errors))
                .data("units", filled.units(regions.list(), page.getLang()))
                .data("unitsError", errors.get(PartyApplicationForm.UNITS)).data("errors", errors));
    }

    @POST
    @Path("application")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(MultivaluedMap<String, String> body) {
        PartyApplicationForm filled = PartyApplicationForm.from(body);
        PartyApi.ApplicationRequest request = filled.request(page.common());
        FormErrors errors = pages.validate(request, filled.parseErrors(), PartyApplicationForm.fieldNames());
        if (!errors.isEmpty()) {
            return page(400, renderApplicationForm(filled, errors));
        }
        try {
            applications.apply(request);
            return Response.seeOther(URI.create("/ui/party")).build();
        } catch (ProblemException refused) {
            return page(refused.problem().status(),
                    renderApplicationForm(filled, pages.refusal(refused, PartyApplicationForm.fieldNames())));
        }
    }

    /**
     * The member list, posted as a file from the form (with or without the page's script, which only adds
     * a progress bar) and handed to the API's upload as it is: the same parser, If-Match and audit.
     * A stored list is answered with a redirect to the party's page, read afresh with the new report (the
     * script's request follows it); a refused one with the page and the lines refused.
     */
    @POST
    @Path("members")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadMembers(@RestForm(MEMBERS_FIELD) FileUpload file, @RestForm("version") String version) {
        PartyApi.ApplicationView application = ownApplication();
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return page(400, renderHome(application, new Upload(null, null, List.of(), pages.msg().members_file_missing())));
        }
        try (InputStream csv = Files.newInputStream(file.uploadedFile())) {
            PartyApi.MembersUploaded stored = applications.uploadMembers(application.id(), etag(version), csv);
            return Response.seeOther(URI.create("/ui/party?stored=" + stored.rows())).build();
        } catch (ProblemException refused) {
            ServiceText text = pages.serviceText();
            List<Violation> lines = refused.problem().violations() == null ? List.of()
                    : refused.problem().violations().stream()
                            .map(v -> new Violation(v.field(), text.violation(v.message()))).toList();
            return page(refused.problem().status(), renderHome(application, new Upload(null,
                    text.detail(refused.problem().detail() == null ? refused.problem().title() : refused.problem().detail()),
                    lines, null)));
        } catch (IOException e) {
            throw ProblemException.invalid(MEMBERS_FIELD, "the uploaded file could not be read");
        }
    }

    private PartyApi.ApplicationView ownApplication() {
        return applications.list(null).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Party application", party()));
    }

    /** The party of the token, as the API reads it; a claim that names no party is refused as there. */
    private UUID party() {
        return caller.party().orElseThrow(() -> ProblemException.forbidden("The token's party claim is not a party id"));
    }

    // ---- contests open for nomination, and the party's nominations

    @GET
    @Path("contests")
    public TemplateInstance contests(@QueryParam("unit") String unit, @QueryParam("q") String text) {
        return pages.openContestsPage(openContests, "/ui/party", pages.openContests(), unit, text);
    }

    @GET
    @Path("nominations/new")
    public TemplateInstance newNomination(@QueryParam("contest") String contestCode) {
        ElectionApi.ContestView contest = contests.get(contestCode == null ? "" : contestCode);
        return renderNominationForm(contest, NominationForm.empty(), FormErrors.none(), UUID.randomUUID().toString());
    }

    @POST
    @Path("nominations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nominate(MultivaluedMap<String, String> body) {
        return pages.nominate(body, Route.PARTY, party(), "/ui/party", this::renderNominationForm);
    }

    private TemplateInstance renderNominationForm(ElectionApi.ContestView contest, NominationForm filled, FormErrors errors,
            String key) {
        return page.render(nominationForm.data("contest", contest).data("action", "/ui/party/nominations")
                .data("title", pages.msg().party_nomination_title())
                .data("fields", filled.fields(pages.msg(), errors, false)).data("errors", errors)
                .data("idempotencyKey", key == null ? UUID.randomUUID().toString() : key));
    }

    @GET
    @Path("nominations")
    public TemplateInstance nominations() {
        return page.render(nominationList.data("nominations", nominations.list(null, null, 500)).data("pages", pages)
                .data("base", "/ui/party"));
    }

    @GET
    @Path("nominations/{id}")
    public TemplateInstance nomination(@PathParam("id") UUID id, @QueryParam("done") String done) {
        NominationApi.NominationView view = (NominationApi.NominationView) nominations.get(id).getEntity();
        return page.render(nomination.data("n", view).data("pages", pages).data("base", "/ui/party")
                .data("withdrawable", view.status().active() && view.partyListId() == null).data("decidable", false)
                .data("errors", FormErrors.none()).data("done", done == null ? "" : done)
                .data("standing", "filed".equals(done) ? pages.standing(view.contestCode()) : null));
    }

    /** Withdrawal asks first: this page, then its form. */
    @GET
    @Path("nominations/{id}/withdrawal")
    public TemplateInstance confirmWithdrawal(@PathParam("id") UUID id) {
        return pages.withdrawalPage(withdrawal, id, "/ui/party");
    }

    @POST
    @Path("nominations/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, @FormParam("confirm") String confirm) {
        return pages.withdraw(id, confirm, "/ui/party");
    }

    // ---- party lists

    @GET
    @Path("lists")
    public TemplateInstance lists() {
        return page.render(listIndex.data("lists", partyLists.list()).data("pages", pages));
    }

    @GET
    @Path("lists/new")
    public TemplateInstance newList(@QueryParam("contest") String contestCode) {
        ElectionApi.ContestView contest = listContest(contestCode);
        return renderListForm(contest, PartyListForm.blank(FIRST_ROWS), FormErrors.none(), List.of());
    }

    /**
     * Submits the list through the API's party-list resource, or, with {@code more}, only draws one more
     * row (nothing is written). A refused list comes back with the service's own report of its rules.
     */
    @POST
    @Path("lists")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitList(MultivaluedMap<String, String> body) {
        ElectionApi.ContestView contest = listContest(body.getFirst("contest"));
        PartyListForm filled = PartyListForm.from(body);
        if (body.containsKey("more") || filled.isEmpty()) {
            return page(200, renderListForm(contest, filled.withBlankRow(), FormErrors.none(), List.of()));
        }
        NominationApi.PartyListRequest request = filled.request(contest.code(), party(), page.common());
        FormErrors errors = pages.validate(request, filled.parseErrors(), filled.fieldNames());
        if (!errors.isEmpty()) {
            return page(400, renderListForm(contest, filled, errors, List.of()));
        }
        try {
            NominationApi.PartyListView created = (NominationApi.PartyListView) partyLists.submit(request).getEntity();
            return Response.seeOther(URI.create("/ui/party/lists/" + created.id())).build();
        } catch (ProblemException refused) {
            return page(refused.problem().status(), renderListForm(contest, filled,
                    pages.listRefusal(refused, filled.fieldNames()), RegistryPages.listRules(refused)));
        }
    }

    private ElectionApi.ContestView listContest(String contestCode) {
        ElectionApi.ContestView contest = contests.get(contestCode == null ? "" : contestCode);
        if (contest.kind() != ContestKind.PARTY_LIST) {
            throw ProblemException.invalid("contest", contest.code() + " is not a party-list contest");
        }
        return contest;
    }

    /** The form, with the quota figures as the law counts them, so the page can show them before any submit. */
    private TemplateInstance renderListForm(ElectionApi.ContestView contest, PartyListForm filled, FormErrors errors,
            List<?> listRules) {
        Set<QuotaCategory> counted = PartyListRules.quotaCategories(elections.get(contest.electionCode()).kind());
        int names = filled.names();
        return page.render(listForm.data("contest", contest).data("rows", filled.rows(pages.msg(), errors))
                .data("errors", errors).data("listRules", listRules).data("pages", pages)
                .data("quotaPercent", rules.listQuotaPercent())
                .data("maxNames", PartyListRules.maxLength(contest.seats(), rules.listOverheadPercent()))
                .data("counted", String.join(" ", counted.stream().map(Enum::name).sorted().toList()))
                .data("names", names).data("quota", filled.quota(counted))
                .data("required", PartyListRules.requiredQuota(names, rules.listQuotaPercent())));
    }

    @GET
    @Path("lists/{id}")
    public TemplateInstance list(@PathParam("id") UUID id) {
        return page.render(list.data("l", partyLists.get(id).getEntity()).data("pages", pages));
    }
}
