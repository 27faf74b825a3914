package kz.elections.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.elections.common.web.Page;
import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;
import kz.elections.law.mandate.MandateTerm;
import kz.elections.law.nomination.Route;
import kz.elections.registry.mandate.Mandate;
import kz.elections.registry.mandate.MandateApi.MandateView;
import kz.elections.registry.mandate.Vacancy;
import kz.elections.registry.recall.RecallService;

/** A mandate's words in the page's language. */
@RequestScoped
public class MandateLabels {

    @Inject
    Page page;

    private MandateMessages msg() {
        return MessageBundles.get(MandateMessages.class, Localized.Literal.of(page.getLang()));
    }

    /** The member's full name as the page's language writes it (Kazakh names stay as registered). */
    public String name(MandateView m) {
        return "ru".equals(page.getLang()) ? RecallService.fullName(m.surnameRu(), m.nameRu(), m.patronymicRu())
                : RecallService.fullName(m.surnameKk(), m.nameKk(), m.patronymicKk());
    }

    /** The list, or the district by its number. */
    public String constituency(MandateView m) {
        if (m.contestKind() == ContestKind.PARTY_LIST) {
            return msg().list_seat();
        }
        return m.districtNumber() == null ? m.contestCode() : msg().district(m.districtNumber());
    }

    /** The party's short name, or how a candidate without one stood. */
    public String party(MandateView m) {
        if (m.party() != null) {
            return m.party();
        }
        return m.route() == Route.PUBLIC_ASSOCIATION ? msg().association() : msg().self_nominated();
    }

    public String body(Body body) {
        MandateMessages msg = msg();
        return switch (body) {
            case MAZHILIS -> msg.body_MAZHILIS();
            case REGIONAL_MASLIKHAT -> msg.body_REGIONAL_MASLIKHAT();
            case CITY_MASLIKHAT -> msg.body_CITY_MASLIKHAT();
            case DISTRICT_MASLIKHAT -> msg.body_DISTRICT_MASLIKHAT();
            case AKIM -> msg.body_AKIM();
        };
    }

    public String status(Mandate.Status status) {
        MandateMessages msg = msg();
        return switch (status) {
            case CURRENT -> msg.status_CURRENT();
            case ENDED -> msg.status_ENDED();
            case WITHDRAWN -> msg.status_WITHDRAWN();
        };
    }

    public String origin(Mandate.Origin origin) {
        return origin == Mandate.Origin.ELECTED ? msg().origin_ELECTED() : msg().origin_LIST_SUCCESSOR();
    }

    public String ground(MandateTerm.EndGround ground) {
        MandateMessages msg = msg();
        return switch (ground) {
            case RESIGNATION -> msg.ground_RESIGNATION();
            case DEATH -> msg.ground_DEATH();
            case COURT_DECISION -> msg.ground_COURT_DECISION();
            case RECALL -> msg.ground_RECALL();
        };
    }

    public String vacancy(Vacancy.Status status) {
        MandateMessages msg = msg();
        return switch (status) {
            case OPEN -> msg.vacancy_OPEN();
            case FILLED -> msg.vacancy_FILLED();
            case LIST_EXHAUSTED -> msg.vacancy_LIST_EXHAUSTED();
            case BY_ELECTION_CALLED -> msg.vacancy_BY_ELECTION_CALLED();
        };
    }
}
