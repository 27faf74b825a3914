package kz.elections.ballot.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Blocking;
import kz.elections.ballot.ballot.Ballot;
import kz.elections.ballot.ballot.BallotApi;
import kz.elections.ballot.ballot.BallotApi.BallotView;
import kz.elections.ballot.ballot.BallotResource;
import kz.elections.ballot.ballot.BallotService;
import kz.elections.ballot.registry.Registrations;
import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.common.web.ServiceText;

/**
 * A commission's review of a contest's ballot: the draft and the approved version exactly as printed
 * (options in ballot order with their Kazakh and Russian labels, "against all" last), the content hash
 * and version; composing a draft and approving it go through {@link BallotResource}, so the territory
 * check, the reason a later version needs, the registry call and the audit are the API's. The page is
 * for the commission of the contest's territory, as composing and approving are.
 */
@Path("/ui/commission/contests/{code}/ballot")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.COMMISSION)
public class BallotPages {

    static final Set<String> FIELDS = Set.of("reason");

    @Inject
    Page page;

    @Inject
    Caller caller;

    @Inject
    BallotService service;

    @Inject
    BallotResource ballots;

    @Inject
    Validator validator;

    @Inject
    @Location("pages/ballot.html")
    Template review;

    @GET
    public TemplateInstance review(@PathParam("code") String code) {
        return render(contest(code), FormErrors.none(), "");
    }

    /** The contest as the registry knows it, refused as the API refuses a commission of another territory. */
    private Registrations.Contest contest(String code) {
        return service.contestFor(code, caller::mayActIn).contest();
    }

    private TemplateInstance render(Registrations.Contest contest, FormErrors errors, String reason) {
        List<BallotView> all = ballots.list(contest.code());
        Optional<BallotView> approved = all.stream().filter(b -> b.status() == Ballot.Status.APPROVED).findFirst();
        Optional<BallotView> draft = all.stream().filter(b -> b.status() == Ballot.Status.DRAFT).findFirst();
        List<BallotView> superseded = all.stream().filter(b -> b.status() == Ballot.Status.SUPERSEDED).toList();
        return page.render(review.data("contest", contest).data("approved", approved.orElse(null))
                .data("draft", draft.orElse(null)).data("superseded", superseded).data("errors", errors)
                .data("reason", reason));
    }

    @POST
    @Path("drafts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response compose(@PathParam("code") String code, @FormParam("reason") String reason) {
        Registrations.Contest contest = contest(code);
        String given = reason == null ? "" : reason.strip();
        BallotApi.ComposeRequest request = new BallotApi.ComposeRequest(contest.code(), given.isEmpty() ? null : given);
        FormErrors errors = FormErrors.none();
        validator.validate(request)
                .forEach(v -> errors.add(field(v.getPropertyPath().toString()), FormErrors.message(v, page.common())));
        if (errors.isEmpty()) {
            try {
                ballots.compose(request);
                return backToReview(contest);
            } catch (ProblemException refused) {
                return page(refused.problem().status(), render(contest, FormErrors.of(refused, FIELDS, serviceText()), given));
            }
        }
        return page(400, render(contest, errors, given));
    }

    @POST
    @Path("approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("code") String code, @FormParam("ballot") String ballot) {
        Registrations.Contest contest = contest(code);
        UUID id = parse(ballot);
        BallotView shown = id == null ? null : ballots.get(id);
        if (shown == null || !shown.contestCode().equals(contest.code())) {
            throw ProblemException.notFound("Ballot of contest " + contest.code(), ballot);
        }
        try {
            ballots.approve(shown.id());
            return backToReview(contest);
        } catch (ProblemException refused) {
            return page(refused.problem().status(), render(contest, FormErrors.of(refused, FIELDS, serviceText()), ""));
        }
    }

    /** The ballot service's own English sentences as this page says them. */
    private ServiceText serviceText() {
        BallotMessages msg = MessageBundles.get(BallotMessages.class, Localized.Literal.of(page.getLang()));
        return page.serviceText()
                .with("a ballot of \\S+ is approved already; a new version needs a reason", m -> msg.reason_needed())
                .with("The order of the party lists of (\\S+) is drawn by lot first: .*", m -> msg.lot_not_drawn(m.group(1)));
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String field(String path) {
        return FIELDS.contains(path) ? path : FormErrors.GENERAL;
    }

    private static Response backToReview(Registrations.Contest contest) {
        return Response.seeOther(URI.create("/ui/commission/contests/" + contest.code() + "/ballot")).build();
    }

    private static Response page(int status, TemplateInstance html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
