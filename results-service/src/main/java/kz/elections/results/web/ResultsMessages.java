package kz.elections.results.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the results pages; Kazakh and Russian in messages/msg_kk|ru.properties. */
@MessageBundle(value = "msg", locale = "en")
public interface ResultsMessages {

    @Message("Published results")
    String index_title();

    @Message("No election has published results yet.")
    String index_none();

    @Message("Election")
    String election();

    @Message("Version")
    String version();

    @Message("Status")
    String status();

    @Message("As of")
    String as_of();

    @Message("provisional")
    String status_PROVISIONAL();

    @Message("final")
    String status_FINAL();

    @Message("Results: {election}")
    String results_of(String election);

    @Message("Version {number}: {status} results")
    String version_line(int number, String status);

    @Message("This page shows version {number} as it was published; a published version never changes.")
    String version_page(int number);

    @Message("Latest results")
    String latest_link();

    @Message("Precincts reported: {reported} of {total} ({percent} %)")
    String reporting(int reported, int total, String percent);

    @Message("Turnout: {percent} %")
    String turnout_line(String percent);

    @Message("party list")
    String party_list();

    @Message("single-seat contest")
    String single_seat();

    @Message("Seats")
    String seat_diagram();

    @Message("{seats} seats: {parties}")
    String seats_summary(long seats, String parties);

    @Message("List")
    String list();

    @Message("Candidate")
    String candidate();

    @Message("Votes")
    String votes();

    @Message("% of valid ballots")
    String percent();

    @Message("Seats")
    String seats();

    @Message("Threshold")
    String threshold();

    @Message("passed")
    String passed();

    @Message("not passed")
    String not_passed();

    @Message("Against all")
    String against_all();

    @Message("elected")
    String elected();

    @Message("No list reached the threshold: the law gives no rule for this case, so no seats are allocated.")
    String no_allocation();

    @Message("How the seats were allocated")
    String trace_title();

    @Message("The base is {base} valid ballots: {lists} for the lists and {againstAll} against all; the {invalid} invalid ballots do not count.")
    String trace_base(String base, String lists, String againstAll, String invalid);

    @Message("A list needs at least {percent} % of the base: {line} votes.")
    String trace_threshold(String percent, String line);

    @Message("{list}: {votes} votes ({share} %), at or above the threshold: admitted.")
    String trace_admitted(String list, String votes, String share);

    @Message("{list}: {votes} votes ({share} %), below the threshold: gets no seats.")
    String trace_excluded(String list, String votes, String share);

    @Message("{list}: {votes} votes ({share} %), below the threshold, but admitted as the next-largest list because only one list passed.")
    String trace_next_largest(String list, String votes, String share);

    @Message("Quota: {votes} votes of the admitted lists ÷ {seats} seats = {fraction} ≈ {decimal} votes per seat.")
    String trace_quota(String votes, int seats, String fraction, String decimal);

    @Message("{list}: {votes} ÷ quota = {quotient}: {whole} whole seats, remainder {remainder}.")
    String trace_quotient(String list, String votes, String quotient, long whole, String remainder);

    @Message("Whole seats: {whole}; the {left} seats left go one each to the largest remainders.")
    String trace_whole(long whole, long left);

    @Message("{rank}. {list}, remainder {remainder}: gets a remainder seat.")
    String trace_remainder_seat(int rank, String list, String remainder);

    @Message("{rank}. {list}, remainder {remainder}: no seat left for it.")
    String trace_remainder_none(int rank, String list, String remainder);

    @Message("The same remainder as {list}, which was registered earlier and comes first.")
    String trace_equal_remainder(String list);

    @Message("Tie: {first} and {second} have equal remainders for the last remainder seat; {first} was registered earlier and gets it.")
    String trace_tie(String first, String second);

    @Message("Only {first} passed the threshold, so {second} is admitted too: its quotient × 0.7 = {reduced}; with the minimum the law gives it, but never more seats than {first}, it gets {secondSeats} seats and {first} the other {firstSeats}.")
    String trace_single_list(String first, String second, String reduced, long secondSeats, long firstSeats);

    @Message("Only {first} passed the threshold and no other list has votes: it gets all {seats} seats.")
    String trace_single_list_alone(String first, int seats);

    @Message("Only {first} passed the threshold; {tied} tie for the next-largest list. The law names no tie-break: lots are drawn between them. {first} gets {firstSeats} seats; the list the lot admits gets the others.")
    String trace_lot(String first, String tied, long firstSeats);

    @Message("Mazhilis")
    String body_MAZHILIS();

    @Message("maslikhat")
    String body_MASLIKHAT();

    @Message("Rules of the {body} list (Art. 97-1): the threshold is a share of the valid ballots including against all; if only one list passes, the next-largest gets at least {minimum} seat(s); women, youth and persons with disabilities take at least {quota} % of a party's seats; a party names its elected within {days} days.")
    String trace_rules(String body, int minimum, int quota, int days);

    @Message("Rules of the {body} list (Art. 97-1): the threshold is a share of the valid ballots including against all; if only one list passes, the next-largest gets at least {minimum} seat(s); no seat quota; a party names its elected within {days} days.")
    String trace_rules_no_quota(String body, int minimum, int days);

    @Message("Result: {seats}.")
    String trace_result(String seats);

    @Message("Elected: {name}, {votes} votes ({percent} %).")
    String winner_elected(String name, String votes, String percent);

    @Message("No winner: {names} have the same highest number of votes ({votes}); a repeat vote among them is required.")
    String winner_repeat(String names, String votes);

    @Message("No winner: {names} have the same highest number of votes ({votes}); a repeat election is required.")
    String winner_repeat_election(String names, String votes);

    @Message("No candidates on the ballot.")
    String winner_none();

    @Message("Recalled: {forRecall} of the {tookPart} who took part voted for recall, more than half.")
    String recall_recalled(long forRecall, long tookPart);

    @Message("Not recalled: {forRecall} of the {tookPart} who took part voted for recall, not more than half.")
    String recall_not_recalled(long forRecall, long tookPart);

    @Message("The recall vote is invalid: {tookPart} of {voters} voters took part, fewer than a third ({required}).")
    String recall_invalid(long tookPart, long voters, long required);

    @Message("Against all: {votes} votes ({percent} %).")
    String against_all_line(long votes, String percent);

    @Message("“Against all” got more votes than any candidate; the law attaches no consequence to that.")
    String against_all_largest();

    @Message("Turnout and reporting by unit")
    String units_title();

    @Message("Unit")
    String unit();

    @Message("Precincts reported")
    String precincts_reported();

    @Message("Turnout")
    String turnout();

    @Message("{reported} of {total}")
    String reported_of(int reported, int total);

    @Message("All units")
    String all_units();

    @Message("Version history")
    String history_title();

    @Message("Reason")
    String reason();

    @Message("What changed")
    String changed();

    @Message("no figures changed")
    String nothing_changed();

    @Message("certifies version {number}")
    String certifies(int number);

    @Message("shown here")
    String shown_here();

    @Message("Download the figures")
    String downloads_title();

    @Message("JSON (for programs)")
    String download_json();

    @Message("CSV (for spreadsheets)")
    String download_csv();

    @Message("The whole chamber")
    String chamber_title();

    @Message("{list} seats from the party list and {districts} from single-seat districts. District seats have a thick outline; seats not yet decided are white.")
    String chamber_intro(int list, int districts);

    @Message("{seats} seats: {parties}")
    String chamber_summary(int seats, String parties);

    @Message("Party")
    String chamber_party();

    @Message("List")
    String chamber_list();

    @Message("Districts")
    String chamber_districts();

    @Message("Total")
    String chamber_total();

    @Message("self-nominated")
    String self_nominated();

    @Message("not yet decided")
    String undecided();

    @Message("Districts")
    String districts_title();

    @Message("While the results are provisional, the winner shown is the candidate in the lead.")
    String districts_note();

    @Message("District")
    String district();

    @Message("Winner")
    String district_winner();

    @Message("Party")
    String district_party();

    @Message("Margin")
    String district_margin();

    @Message("{votes} votes ({points} points)")
    String margin(String votes, String points);

    @Message("no protocol yet")
    String district_waiting();

    @Message("no winner: a repeat vote")
    String district_repeat();

    @Message("declared not held")
    String district_not_held();

    @Message("no winner")
    String district_no_winner();

    @Message("registration {id}")
    String registration(String id);

    @Message("Leading")
    String unit_leading();

    @Message("Votes in {unit}")
    String unit_shares(String unit);

    @Message("Figures by unit")
    String unit_figures();

    @Message("The results are provisional: this page updates itself when a new version is published.")
    String live_note();

    @Message("Version {number}, as of {asOf}.")
    String live_updated(int number, String asOf);
}
