package kz.elections.registry.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the citizen's journey to a filed nomination and of the commission's decisions on it; Kazakh and
 * Russian in messages/stand_kk|ru.properties.
 */
@MessageBundle(value = "stand", locale = "en")
public interface StandMessages {

    @Message("Nationwide")
    String unit_nationwide();

    @Message("{unit}, single-mandate district No. {number}")
    String district_label(String unit, String number);

    @Message("Party lists: {unit}")
    String list_label(String unit);

    @Message("Akim: {unit}")
    String akim_label(String unit);

    @Message("Become a candidate")
    String title();

    @Message("A citizen may put themself forward in a single-mandate district or for an akim post while nomination is open there. Choose your contest to see who may stand, what to prepare, the deposit and the deadlines.")
    String intro();

    @Message("Find your contest")
    String filter_heading();

    @Message("Region or city")
    String filter_unit();

    @Message("All regions and cities")
    String filter_all_units();

    @Message("District number or name")
    String filter_text();

    @Message("Show")
    String filter_apply();

    @Message("Show all")
    String filter_reset();

    @Message("Contests found: {count}")
    String found(String count);

    @Message("No open contest matches the filter.")
    String none_found();

    @Message("Nomination closes")
    String closes_at();

    @Message("What you need")
    String about();

    @Message("Who may stand")
    String who_title();

    @Message("A citizen of Kazakhstan aged {age} or more on election day ({day}).")
    String who_age(int age, String day);

    @Message("Resident in Kazakhstan for the last {years} years.")
    String who_residence(int years);

    @Message("Without an unexpunged criminal record and never found guilty of a corruption offence.")
    String who_record();

    @Message("Not found legally incapable by a court.")
    String who_capable();

    @Message("What to prepare")
    String prepare_title();

    @Message("Your IIN, date of birth and your name in Kazakh and in Russian, as in your identity card.")
    String prepare_identity();

    @Message("Your occupation and place of work, place of residence, education and years of residence in Kazakhstan.")
    String prepare_details();

    @Message("Signatures of at least {count} voters of the district, collected in at least half of its settlements.")
    String prepare_signatures(String count);

    @Message("The form has about 15 fields and takes about 10 minutes; what you type is kept if something needs correcting.")
    String prepare_time();

    @Message("Election deposit")
    String deposit_title();

    @Message("{amount} per candidate.")
    String deposit_amount(String amount);

    @Message("Pay it after filing, by bank transfer to the account of the election commission of the contest, naming your IIN. The commission records the payment on your nomination; filing does not need it, registration does.")
    String deposit_how();

    @Message("The commission will state the amount.")
    String deposit_unknown();

    @Message("Deadlines")
    String deadlines_title();

    @Message("Nomination opens")
    String deadline_opens();

    @Message("Nomination closes")
    String deadline_nomination();

    @Message("Registration closes (the commission decides by then)")
    String deadline_registration();

    @Message("Fill in the nomination form")
    String start_form();

    @Message("You will be asked to sign in first.")
    String sign_in_needed();

    @Message("Nomination is closed in this contest")
    String closed_title();

    @Message("Nomination closed on {closed}. A nomination can no longer be filed here.")
    String closed_text(String closed);

    @Message("Nomination opens on {opens}.")
    String not_yet_text(String opens);

    @Message("Back to the open contests")
    String back_to_contests();

    @Message("Contest: {contest}. Deposit: {deposit}. Nomination closes: {closes}.")
    String summary(String contest, String deposit, String closes);

    @Message("Your nomination is filed")
    String filed_title();

    @Message("What happens next:")
    String filed_next();

    @Message("Pay the election deposit of {amount} to the commission's account, naming your IIN.")
    String filed_step_deposit(String amount);

    @Message("The commission checks the nomination and decides whether to register you by {date}.")
    String filed_step_check(String date);

    @Message("This page shows the status and, if refused, the grounds and how to appeal.")
    String filed_step_follow();

    @Message("You may withdraw the nomination while it is pending or registered.")
    String filed_step_withdraw();

    @Message("Withdraw this nomination?")
    String withdraw_title();

    @Message("Withdrawing cannot be undone: to stand again you would have to file a new nomination while nomination is open.")
    String withdraw_explained();

    @Message("Yes, withdraw it")
    String withdraw_confirm();

    @Message("No, keep it")
    String withdraw_cancel();

    @Message("The nomination is withdrawn.")
    String withdrawn_done();

    @Message("What the statuses mean")
    String states_title();

    @Message("Filed; the commission has not decided yet. It registers a candidate once every rule passes and the deposit is paid.")
    String status_explained_PENDING();

    @Message("The commission registered the candidate: the name is on the public list and will be on the ballot.")
    String status_explained_REGISTERED();

    @Message("The commission refused registration on the grounds shown; the refusal may be appealed.")
    String status_explained_REFUSED();

    @Message("The commission cancelled a registration on the grounds shown.")
    String status_explained_CANCELLED();

    @Message("The nomination was withdrawn; it no longer counts.")
    String status_explained_WITHDRAWN();

    @Message("Registered. The candidate is now on the public list.")
    String decided_REGISTER();

    @Message("Refused. The grounds are recorded and shown to the nominee, who may appeal.")
    String decided_REFUSE();

    @Message("Registration cancelled. The grounds are recorded.")
    String decided_CANCEL();

    @Message("Deposit recorded: {amount}.")
    String deposit_recorded(String amount);

    @Message("It cannot be registered yet:")
    String not_registrable();

    @Message("the deposit of {amount} is not recorded as paid")
    String not_registrable_deposit(String amount);

    @Message("a rule is not met: {rule}")
    String not_registrable_rule(String rule);

    @Message("Pending")
    String queue_pending();

    @Message("Decided")
    String queue_decided();

    @Message("Filter")
    String queue_filter();

    @Message("Contest code")
    String queue_filter_contest();

    @Message("Shown: {count}")
    String queue_count(String count);

    @Message("Decided")
    String decided_at();

    @Message("All")
    String queue_all();

    @Message("Nothing found.")
    String queue_none();

    @Message("Commission: party lists")
    String queue_lists_title();

    @Message("Party")
    String queue_party();

    @Message("Filed details")
    String filed_details();
}
