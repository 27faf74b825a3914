package kz.elections.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.elections.common.web.Page;
import kz.elections.registry.recall.RecallApi.PetitionView;
import kz.elections.registry.recall.RecallPetition;

/** A petition's words in the page's language. */
@RequestScoped
public class RecallLabels {

    @Inject
    Page page;

    public String statusLabel(RecallPetition.Status status) {
        RecallMessages msg = MessageBundles.get(RecallMessages.class, Localized.Literal.of(page.getLang()));
        return switch (status) {
            case APPLIED -> msg.status_APPLIED();
            case REFUSED -> msg.status_REFUSED();
            case COLLECTING -> msg.status_COLLECTING();
            case INSUFFICIENT -> msg.status_INSUFFICIENT();
            case VOTE_CALLED -> msg.status_VOTE_CALLED();
            case RECALLED -> msg.status_RECALLED();
            case NOT_RECALLED -> msg.status_NOT_RECALLED();
            case INVALID -> msg.status_INVALID();
        };
    }

    /** The deputy's name as the page's language writes it (Kazakh names stay as registered). */
    public String deputy(PetitionView p) {
        return "ru".equals(page.getLang()) ? p.deputyNameRu() : p.deputyNameKk();
    }
}
