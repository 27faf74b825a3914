package kz.elections.ballot.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the ballot pages; Kazakh and Russian in messages/msg_kk|ru.properties. */
@MessageBundle(value = "msg", locale = "en")
public interface BallotMessages {

    @Message("Ballot")
    String ballot_title();

    @Message("Seats")
    String seats();

    @Message("Draft, waiting for approval")
    String draft_heading();

    @Message("Approved ballot, version {version}")
    String approved_heading(Integer version);

    @Message("No ballot has been composed for this contest yet.")
    String no_ballot();

    @Message("Approve this draft")
    String approve();

    @Message("Compose a draft from the registry")
    String compose_heading();

    @Message("The registered candidates (in Kazakh alphabetical order) or party lists (in the order of the lot), then \"against all\". A new draft replaces the earlier draft.")
    String compose_help();

    @Message("Reason for a new version (optional before the first approval)")
    String field_reason();

    @Message("Reason for a new version (required: a version is approved already)")
    String field_reason_required();

    @Message("Compose the draft")
    String compose();

    @Message("Earlier versions")
    String earlier_heading();

    @Message("Status")
    String status();

    @Message("Version")
    String version();

    @Message("Content hash (SHA-256)")
    String content_hash();

    @Message("Composed")
    String composed_at();

    @Message("Approved")
    String approved_at();

    @Message("Reason")
    String reason();

    @Message("Election day")
    String election_day();

    @Message("Options in ballot order")
    String options();

    @Message("a version is approved already: state the reason for a new one")
    String reason_needed();

    @Message("The order of the party lists of {contest} is to be drawn by lot first.")
    String lot_not_drawn(String contest);

    @Message("Ballots")
    String index_title();

    @Message("A contest's ballot is composed from the registry's registered candidates or party lists, approved by the contest's commission, and printed exactly as approved; every version keeps its content hash.")
    String index_intro();

    @Message("Open a contest's ballot")
    String index_open();

    @Message("Contest code")
    String index_contest();

    @Message("Open")
    String index_open_button();

    @Message("Composing and approving are for the commission of the contest's territory; you will be asked to sign in.")
    String index_commission_only();

    @Message("Latest ballots")
    String index_recent();

    @Message("No ballot has been composed yet.")
    String index_none();

    @Message("Contest")
    String contest();

    @Message("Draft")
    String status_DRAFT();

    @Message("Approved")
    String status_APPROVED();

    @Message("Superseded")
    String status_SUPERSEDED();

    @Message("Discarded")
    String status_DISCARDED();
}
