package kz.elections.registry.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the recall pages; Kazakh and Russian in messages/recall_kk|ru.properties. */
@MessageBundle(value = "recall", locale = "en")
public interface RecallMessages {

    @Message("Recall of deputies")
    String title();

    @Message("Recall petitions of my district")
    String citizen_title();

    @Message("Recall petitions to decide and to check")
    String queue_title();

    @Message("Recall petition")
    String petition();

    @Message("Deputy")
    String deputy();

    @Message("District")
    String district();

    @Message("Ground")
    String ground();

    @Message("State")
    String state();

    @Message("Applied on")
    String applied_on();

    @Message("Decision due by")
    String decision_due();

    @Message("Decided on")
    String decided_on();

    @Message("Decided after the 3 days the law gives")
    String decided_late();

    @Message("Grounds of refusal")
    String refusal();

    @Message("Signatures collected until")
    String collection_ends();

    @Message("Signatures")
    String signatures();

    @Message("Signatures needed (more than 10 % of the district's voters)")
    String required();

    @Message("Voters of the district")
    String district_voters();

    @Message("Recall vote on")
    String vote_day();

    @Message("Result")
    String result();

    @Message("No recall petitions.")
    String none();

    @Message("District code, e.g. mazhilis-2023.smd-75-03")
    String district_code();

    @Message("Show")
    String show();

    @Message("My applications")
    String mine();

    @Message("Applications to decide (within 3 days)")
    String to_decide();

    @Message("Signature collections to check")
    String to_check();

    @Message("Open")
    String open();

    @Message("Applied, awaiting the commission's decision")
    String status_APPLIED();

    @Message("Refused by the commission")
    String status_REFUSED();

    @Message("Collecting signatures")
    String status_COLLECTING();

    @Message("Too few signatures")
    String status_INSUFFICIENT();

    @Message("Recall vote called")
    String status_VOTE_CALLED();

    @Message("Recalled")
    String status_RECALLED();

    @Message("Not recalled")
    String status_NOT_RECALLED();

    @Message("Vote invalid (fewer than a third of the voters took part)")
    String status_INVALID();
}
