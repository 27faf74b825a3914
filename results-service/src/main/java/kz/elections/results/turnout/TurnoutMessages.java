package kz.elections.results.turnout;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the turnout pages; Kazakh and Russian in messages/turnout_kk|ru.properties. */
@MessageBundle(value = "turnout", locale = "en")
public interface TurnoutMessages {

    @Message("Turnout")
    String nav_turnout();

    @Message("Results")
    String nav_results();

    @Message("Turnout through the day: {election}")
    String title(String election);

    @Message("Precinct commissions report how many voters have voted by each reporting time (local time of each unit). "
            + "The figures are live: each share is of the voters on the lists of the precincts that reported.")
    String intro();

    @Message("No precinct has reported turnout yet.")
    String none();

    @Message("The whole country")
    String nation();

    @Message("Time")
    String time();

    @Message("{time} (close of the polls)")
    String time_close(String time);

    @Message("Precincts reported")
    String precincts_reported();

    @Message("{reported} of {total}")
    String reported_of(int reported, int total);

    @Message("Voted")
    String voted();

    @Message("Turnout, %")
    String turnout();

    @Message("Units ranked by turnout at {time}")
    String ranked(String time);

    @Message("Rank")
    String rank();

    @Message("Unit")
    String unit();

    @Message("Through the day, by unit")
    String by_unit();

    @Message("Turnout in {unit} through the day")
    String chart_title(String unit);

    @Message("{time}: {percent} %")
    String chart_point(String time, String percent);

    @Message("Open data")
    String open_data();

    @Message("Precincts without a turnout report at {time}: {election}")
    String missing_title(String time, String election);

    @Message("Reporting time")
    String reporting_time();

    @Message("Show")
    String show();

    @Message("{missing} of {total} precincts of your territory have not reported.")
    String missing_count(int missing, int total);

    @Message("Every precinct of your territory has reported at this time.")
    String missing_none();

    @Message("This time has not come yet on election day: no precinct is late.")
    String missing_not_due();

    @Message("Precinct")
    String precinct();

    @Message("Voters on the list")
    String voters_on_list();

    @Message("Turnout by unit at {time}")
    String map_title(String time);
}
