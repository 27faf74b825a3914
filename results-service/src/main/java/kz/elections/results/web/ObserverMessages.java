package kz.elections.results.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the observers' pages; Kazakh and Russian in messages/obs_kk|ru.properties. */
@MessageBundle(value = "obs", locale = "en")
public interface ObserverMessages {

    @Message("My reports")
    String my_reports();

    @Message("File a report")
    String new_report();

    @Message("Observers' reports")
    String queue_title();

    @Message("Observers' reports: {election}")
    String counts_title(String election);

    @Message("Only counts are published: who filed a report and what it says are not.")
    String counts_note();

    @Message("{total} reports in all.")
    String counts_total(long total);

    @Message("Observers' reports, counted")
    String counts_link();

    @Message("Your accreditation is for {territory}, not for {unit}.")
    String refused_territory(String territory, String unit);

    @Message("Your accreditation for {territory} ended at {at}.")
    String refused_expired(String territory, String at);

    @Message("Your accreditation for {territory} was revoked at {at}.")
    String refused_revoked(String territory, String at);

    @Message("Your accreditation for {territory} begins at {at}.")
    String refused_not_yet(String territory, String at);

    @Message("You are not accredited as an observer.")
    String refused_not_accredited();

    @Message("Open data")
    String open_data();

    @Message("No reports.")
    String none();

    @Message("Contest (code)")
    String contest();

    @Message("Precinct (id)")
    String precinct();

    @Message("Unit")
    String unit();

    @Message("Observed at (local time)")
    String observed_at();

    @Message("Filed")
    String filed_at();

    @Message("Category")
    String category();

    @Message("Language of the text")
    String language();

    @Message("Kazakh")
    String language_kk();

    @Message("Russian")
    String language_ru();

    @Message("What was observed")
    String text();

    @Message("Protocol id (optional)")
    String protocol();

    @Message("Observer")
    String observer();

    @Message("State")
    String state();

    @Message("Reports")
    String reports();

    @Message("Answers")
    String answers();

    @Message("Answer")
    String answer();

    @Message("Reasons")
    String reason();

    @Message("The report is decided: no further answer.")
    String decided();

    @Message("Report")
    String report();

    @Message("voter list")
    String category_VOTER_LIST();

    @Message("ballot secrecy")
    String category_BALLOT_SECRECY();

    @Message("obstruction of observers")
    String category_OBSTRUCTION_OF_OBSERVERS();

    @Message("counting")
    String category_COUNTING();

    @Message("protocol copy not given")
    String category_PROTOCOL_COPY_NOT_GIVEN();

    @Message("other")
    String category_OTHER();

    @Message("filed")
    String state_FILED();

    @Message("acknowledged")
    String state_ACKNOWLEDGED();

    @Message("examined")
    String state_EXAMINED();

    @Message("upheld")
    String state_UPHELD();

    @Message("dismissed")
    String state_DISMISSED();
}
