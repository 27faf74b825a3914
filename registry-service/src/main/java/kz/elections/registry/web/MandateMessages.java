package kz.elections.registry.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the members and seat-history pages; Kazakh and Russian in messages/mandate_kk|ru.properties. */
@MessageBundle(value = "mandate", locale = "en")
public interface MandateMessages {

    @Message("Members of elected bodies")
    String title();

    @Message("Seat history")
    String history_title();

    @Message("Body")
    String body();

    @Message("Territory code (KZ for the Mazhilis, e.g. KZ-75 for the Almaty city maslikhat)")
    String territory();

    @Message("Show")
    String show();

    @Message("Current members")
    String members();

    @Message("No current members.")
    String none();

    @Message("Member")
    String member();

    @Message("Constituency")
    String constituency();

    @Message("Party")
    String party();

    @Message("Term began")
    String term_start();

    @Message("Term ends")
    String planned_end();

    @Message("Seat history")
    String history();

    @Message("Open")
    String open();

    @Message("Mandates of this seat, oldest first")
    String mandates();

    @Message("State")
    String state();

    @Message("Ended on")
    String ended_on();

    @Message("Ground")
    String ground();

    @Message("Decision")
    String decision();

    @Message("How the seat was taken")
    String origin();

    @Message("Vacancies")
    String vacancies();

    @Message("No vacancy was opened in this seat.")
    String no_vacancies();

    @Message("Opened on")
    String opened_on();

    @Message("Party's last day to name the next of its list")
    String naming_last_day();

    @Message("Party list")
    String list_seat();

    @Message("District No. {number}")
    String district(Integer number);

    @Message("Self-nominated")
    String self_nominated();

    @Message("Public association")
    String association();

    @Message("Mazhilis")
    String body_MAZHILIS();

    @Message("Regional or republican-city maslikhat")
    String body_REGIONAL_MASLIKHAT();

    @Message("City maslikhat")
    String body_CITY_MASLIKHAT();

    @Message("District maslikhat")
    String body_DISTRICT_MASLIKHAT();

    @Message("Akim")
    String body_AKIM();

    @Message("Serving")
    String status_CURRENT();

    @Message("Ended")
    String status_ENDED();

    @Message("Withdrawn (the party named another)")
    String status_WITHDRAWN();

    @Message("Elected")
    String origin_ELECTED();

    @Message("Next of the party's list")
    String origin_LIST_SUCCESSOR();

    @Message("Resignation")
    String ground_RESIGNATION();

    @Message("Death")
    String ground_DEATH();

    @Message("Court decision")
    String ground_COURT_DECISION();

    @Message("Recalled by the voters")
    String ground_RECALL();

    @Message("Open")
    String vacancy_OPEN();

    @Message("Filled")
    String vacancy_FILLED();

    @Message("Vacant until the next election: the list is exhausted")
    String vacancy_LIST_EXHAUSTED();

    @Message("By-election called")
    String vacancy_BY_ELECTION_CALLED();
}
