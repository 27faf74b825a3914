package kz.elections.ballot.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.elections.ballot.ballot.Ballot;
import kz.elections.common.web.Page;

/** The ballot pages' codes in the page's language; templates read it as {@code cdi:ballotLabels}. */
@Named("ballotLabels")
@RequestScoped
public class BallotLabels {

    @Inject
    Page page;

    /** A ballot's status: DRAFT, APPROVED, SUPERSEDED or DISCARDED, as the reader says it. */
    public String status(Ballot.Status status) {
        BallotMessages msg = MessageBundles.get(BallotMessages.class, Localized.Literal.of(page.getLang()));
        return switch (status) {
            case DRAFT -> msg.status_DRAFT();
            case APPROVED -> msg.status_APPROVED();
            case SUPERSEDED -> msg.status_SUPERSEDED();
            case DISCARDED -> msg.status_DISCARDED();
        };
    }
}
