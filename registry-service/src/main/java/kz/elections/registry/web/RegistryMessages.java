package kz.elections.registry.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the registry's pages; Kazakh and Russian in messages/msg_kk|ru.properties. */
@MessageBundle(value = "msg", locale = "en")
public interface RegistryMessages {

    @Message("Party and candidate registry")
    String home_title();

    @Message("Registered parties")
    String parties_title();

    @Message("Elections")
    String elections_title();

    @Message("Election day")
    String election_day();

    @Message("Contests")
    String contests();

    @Message("Contest")
    String contest();

    @Message("Candidates")
    String candidates();

    @Message("No registered candidates yet.")
    String no_candidates();

    @Message("Name")
    String name();

    @Message("Short name")
    String short_name();

    @Message("Registration number")
    String registration_number();

    @Message("Status")
    String status();

    @Message("Year of birth")
    String year_of_birth();

    @Message("Occupation")
    String occupation();

    @Message("Nominated by")
    String nominated_by();

    @Message("Seats")
    String seats();

    @Message("Kind")
    String kind();

    @Message("Unit")
    String unit();

    @Message("Stand as a candidate")
    String stand_title();

    @Message("Contests open for nomination")
    String open_contests_title();

    @Message("No contest is open for nomination now.")
    String no_open_contests();

    @Message("Nomination closes")
    String nomination_closes();

    @Message("Nominate myself")
    String nominate_myself();

    @Message("My nominations")
    String my_nominations();

    @Message("Self-nomination")
    String self_nomination_title();

    @Message("IIN (12 digits)")
    String field_person_iin();

    @Message("Surname (Kazakh)")
    String field_person_surnameKk();

    @Message("Name (Kazakh)")
    String field_person_nameKk();

    @Message("Patronymic (Kazakh)")
    String field_person_patronymicKk();

    @Message("Surname (Russian)")
    String field_person_surnameRu();

    @Message("Name (Russian)")
    String field_person_nameRu();

    @Message("Patronymic (Russian)")
    String field_person_patronymicRu();

    @Message("Date of birth")
    String field_person_birthDate();

    @Message("Sex")
    String field_person_sex();

    @Message("Years resident in Kazakhstan")
    String field_person_residenceYears();

    @Message("Occupation")
    String field_person_occupation();

    @Message("Place of residence")
    String field_person_residence();

    @Message("Education")
    String field_person_education();

    @Message("I have no unexpunged criminal record and was never found guilty of a corruption offence")
    String field_person_noCriminalRecord();

    @Message("I have not been found legally incapable")
    String field_person_legallyCapable();

    @Message("Signatures collected (akim contests)")
    String field_signatures();

    @Message("Settlements the signatures come from (akim contests)")
    String field_signatureSettlements();

    @Message("Female")
    String sex_female();

    @Message("Male")
    String sex_male();

    @Message("Submit the nomination")
    String submit_nomination();

    @Message("Pre-check")
    String precheck();

    @Message("Rule")
    String rule();

    @Message("Required")
    String required();

    @Message("Actual")
    String actual();

    @Message("Outcome")
    String outcome();

    @Message("Grounds of the decision")
    String grounds();

    @Message("Deposit due")
    String deposit_due();

    @Message("Deposit paid")
    String deposit_paid();

    @Message("Withdraw my nomination")
    String withdraw();

    @Message("Submitted")
    String submitted();

    @Message("Nomination")
    String nomination();

    @Message("Commission: nominations")
    String queue_nominations_title();

    @Message("Commission: party applications")
    String queue_applications_title();

    @Message("Nothing is waiting.")
    String queue_empty();

    @Message("Open")
    String open();

    @Message("Register")
    String register();

    @Message("Refuse")
    String refuse();

    @Message("Grounds (required for a refusal)")
    String field_grounds();

    @Message("Record the deposit paid (tenge)")
    String field_amount();

    @Message("Record the deposit")
    String record_deposit();

    @Message("Decision")
    String decision();

    @Message("Party application")
    String application_title();

    @Message("Members uploaded")
    String members_uploaded();

    @Message("Pending")
    String status_PENDING();

    @Message("Registered")
    String status_REGISTERED();

    @Message("Refused")
    String status_REFUSED();

    @Message("Cancelled")
    String status_CANCELLED();

    @Message("Withdrawn")
    String status_WITHDRAWN();

    @Message("Applied")
    String status_APPLIED();

    @Message("Suspended")
    String status_SUSPENDED();

    @Message("Liquidated")
    String status_LIQUIDATED();

    @Message("My party")
    String party_title();

    @Message("Nominate in open contests")
    String party_contests_title();

    @Message("The party's nominations")
    String party_nominations_title();

    @Message("The party's lists")
    String party_lists_title();

    @Message("Nomination by the party")
    String party_nomination_title();

    @Message("Full name (Kazakh)")
    String field_party_nameKk();

    @Message("Full name (Russian)")
    String field_party_nameRu();

    @Message("Full name (English)")
    String field_party_nameEn();

    @Message("BIN (12 digits)")
    String field_party_bin();

    @Message("Date the organising committee notified the registering body")
    String field_party_notifiedOn();

    @Message("Date of the founding congress")
    String field_party_congressOn();

    @Message("Citizens in the initiative group")
    String field_party_initiativeSize();

    @Message("Units the initiative group comes from")
    String field_party_units();

    @Message("Party registration application")
    String apply_title();

    @Message("The party has not applied yet. File the application; the member list is uploaded next.")
    String apply_intro();

    @Message("File the application")
    String submit_application();

    @Message("{rows} members stored; the pre-check below counts them.")
    String members_stored(int rows);

    @Message("The member list was refused; nothing was stored.")
    String members_refused();

    @Message("Member list")
    String members_upload_title();

    @Message("Member list (CSV file)")
    String field_members();

    @Message("One member a line: IIN,unit code (e.g. 791028302728,KZ-75). Replaces the list uploaded before.")
    String members_upload_help();

    @Message("Upload progress")
    String upload_progress();

    @Message("Upload")
    String upload();

    @Message("choose the CSV file of the members")
    String members_file_missing();

    @Message("Compose the party list")
    String compose_list();

    @Message("Nominate a candidate")
    String nominate_candidate();

    @Message("Woman")
    String quota_WOMAN();

    @Message("Young person")
    String quota_YOUTH();

    @Message("Person with a disability")
    String quota_DISABILITY();

    @Message("Quota category")
    String field_quotaCategory();

    @Message("Disability certificate number (for the category “person with a disability”)")
    String field_disabilityCertificateNumber();

    @Message("Disability certificate date")
    String field_disabilityCertificateDate();

    @Message("Party list")
    String list_form_title();

    @Message("Candidates in list order, first name first. Rows left empty are dropped. The service checks the list as a whole when you submit.")
    String list_form_intro();

    @Message("Names on the list / at most")
    String list_names();

    @Message("In the quota / at least ({percent} %, rounded up)")
    String list_quota(int percent);

    @Message("Too few names in the quota: the list would be refused.")
    String list_quota_short();

    @Message("Too many names on the list.")
    String list_too_long();

    @Message("Candidate {position}")
    String candidate(int position);

    @Message("Add a candidate row")
    String add_row();

    @Message("Submit the list")
    String submit_list();

    @Message("No list submitted yet.")
    String no_lists();

    @Message("Met")
    String outcome_PASS();

    @Message("Not met")
    String outcome_FAIL();

    @Message("Warning")
    String outcome_WARN();

    @Message("Pending")
    String outcome_PENDING();

    @Message("Age on election day ({day})")
    String rule_AGE(String day);

    @Message("Years resident in Kazakhstan")
    String rule_RESIDENCE();

    @Message("Declares no unexpunged criminal record or corruption offence")
    String rule_NO_CRIMINAL_RECORD();

    @Message("Declares not being found legally incapable")
    String rule_LEGALLY_CAPABLE();

    @Message("Filed while nomination is open")
    String rule_NOMINATION_WINDOW();

    @Message("The nominating party is registered")
    String rule_PARTY_REGISTERED();

    @Message("The candidate is a counted member of the nominating party")
    String rule_PARTY_MEMBERSHIP();

    @Message("One candidate of a party per district")
    String rule_ONE_PER_PARTY();

    @Message("One candidate of a public association per district")
    String rule_ONE_PER_ASSOCIATION();

    @Message("Stands in one constituency of the election")
    String rule_ONE_CONSTITUENCY();

    @Message("Not on a party list and in a district at once")
    String rule_NOT_LIST_AND_DISTRICT();

    @Message("Not a maslikhat and an akim candidate at once (same election day)")
    String rule_NOT_MASLIKHAT_AND_AKIM();

    @Message("Election deposit")
    String rule_DEPOSIT();

    @Message("Election deposit for the list")
    String rule_DEPOSIT_list();

    @Message("Voters' signatures ({percent} % of {voters} voters, rounded up)")
    String rule_SIGNATURES(String percent, String voters);

    @Message("Signatures from at least half of the district's {settlements} settlements")
    String rule_SIGNATURE_SETTLEMENTS(String settlements);

    @Message("Signatures from at least half of the district's settlements")
    String rule_SIGNATURE_SETTLEMENTS_unknown();

    @Message("Names on the list (seats + {percent} %, rounded up)")
    String rule_LIST_LENGTH(String percent);

    @Message("Each person on the list once")
    String rule_EACH_PERSON_ONCE();

    @Message("Each quota category borne out by what the person declared (women: sex; youth: under {youthAge} on election day; disability: a certificate)")
    String rule_QUOTA_CATEGORY(String youthAge);

    @Message("Women and youth ({percent} % of the names, rounded up)")
    String rule_LIST_QUOTA(String percent);

    @Message("Women, youth and persons with disabilities ({percent} % of the names, rounded up)")
    String rule_LIST_QUOTA_disability(String percent);

    @Message("Founding initiative group size")
    String rule_INITIATIVE_GROUP_SIZE();

    @Message("Units the initiative group comes from")
    String rule_INITIATIVE_GROUP_UNITS();

    @Message("Founding congress within {period} of the notification")
    String rule_CONGRESS_WITHIN_WINDOW(String period);

    @Message("Members (each IIN once, not counted for another party)")
    String rule_MEMBERS_TOTAL();

    @Message("Members in each unit")
    String rule_MEMBERS_PER_UNIT();

    @Message("IINs repeated within the list (counted once)")
    String rule_DUPLICATE_MEMBERS();

    @Message("IINs already counted for another registered party (one person, one party; not counted)")
    String rule_MEMBERS_OF_OTHER_PARTIES();

    @Message("Position {position}: {title}")
    String rule_position(String position, String title);

    @Message("Rule {rule}")
    String rule_other(String rule);

    @Message("{n} year{#if n != 1}s{/if}")
    String period_years(int n);

    @Message("{n} month{#if n != 1}s{/if}")
    String period_months(int n);

    @Message("{n} day{#if n != 1}s{/if}")
    String period_days(int n);

    @Message("declared")
    String value_declared();

    @Message("not declared")
    String value_not_declared();

    @Message("member")
    String value_member();

    @Message("not a member")
    String value_not_member();

    @Message("none")
    String value_none();

    @Message("exempt")
    String value_exempt();

    @Message("no other")
    String value_no_other();

    @Message("no repeats")
    String value_no_repeats();

    @Message("no mismatch")
    String value_no_mismatch();

    @Message("registered")
    String value_registered();

    @Message("not registered")
    String value_not_registered();

    @Message("not recorded")
    String value_not_recorded();

    @Message("the district's settlements recorded")
    String value_settlements_recorded();

    @Message("no member list uploaded")
    String value_no_member_list();

    @Message("{amount} paid")
    String value_paid(String amount);

    @Message("from {from} to {to}")
    String value_between(String from, String to);

    @Message("≥ {required} of {all} units ({share})")
    String value_units_of(String required, String all, String share);

    @Message("≥ {min} in each of {all} units")
    String value_in_each(String min, String all);

    @Message("all {all} units")
    String value_all_units(String all);

    @Message("units below {min}: {count}")
    String value_units_below(String count, String min);

    @Message("position {position} repeats position {first}")
    String value_repeats(String position, String first);

    @Message("position {position}: {category}, {why}")
    String value_mismatch(String position, String category, String why);

    @Message("declared sex is not female")
    String mismatch_WOMAN();

    @Message("{age} on election day, youth are under {under}")
    String mismatch_YOUTH(String age, String under);

    @Message("no disability certificate (number and date) recorded")
    String mismatch_DISABILITY();

    @Message("line {line}")
    String line(int line);

    @Message("… and {count} more")
    String detail_more(String count);

    @Message("expected 2 fields (IIN, unit code), found {found}")
    String csv_fields(String found);

    @Message("IIN must be 12 digits")
    String csv_iin_digits();

    @Message("IIN {iin} fails the check digit")
    String csv_iin_check(String iin);

    @Message("unit code is missing")
    String csv_unit_missing();

    @Message("unknown unit code '{unit}'")
    String csv_unit_unknown(String unit);

    @Message("unknown unit code (expected the form KZ-75)")
    String csv_unit_form();

    @Message("more than {max} members in one list")
    String csv_too_many(String max);

    @Message("a quoted value is not closed, or characters follow its closing quote")
    String csv_quote();

    @Message("the uploaded file could not be read")
    String csv_unreadable();

    @Message("fails the IIN check digit")
    String iin_check_digit();

    @Message("fails the BIN check digit")
    String bin_check_digit();

    @Message("Party list")
    String kind_PARTY_LIST();

    @Message("Single-mandate district")
    String kind_SINGLE_MANDATE();

    @Message("Akim")
    String kind_AKIM();

    @Message("Self-nominated")
    String self_nominated();

    @Message("BIN")
    String bin();

    @Message("state the grounds of the decision")
    String grounds_required();

    @Message("extended by {days} day(s): too few candidates")
    String nomination_extended(int days);

    @Message("Place of work")
    String field_person_placeOfWork();

    @Message("Place of work")
    String place_of_work();

    @Message("Place of residence")
    String residence_col();

    @Message("Election programme")
    String programme();

    @Message("No programme published yet.")
    String programme_none();

    @Message("In Kazakh")
    String programme_kk();

    @Message("In Russian")
    String programme_ru();

    @Message("Appeal against a refusal")
    String appeal_title();

    @Message("The central commission decides. A refusal is appealed within 7 days (Mazhilis, maslikhat) or 3 days (akim), until midnight of the last day.")
    String appeal_intro();

    @Message("Grounds of the appeal")
    String appeal_grounds();

    @Message("File the appeal")
    String appeal_file();

    @Message("Refused at")
    String appeal_refused_at();

    @Message("Appeal possible until")
    String appeal_deadline();

    @Message("Reason of the decision")
    String appeal_reason();

    @Message("Uphold and register")
    String appeal_uphold();

    @Message("Dismiss")
    String appeal_dismiss();

    @Message("Too late: the refusal could be appealed until {deadline}.")
    String appeal_late(String deadline);

    @Message("Awaiting decision")
    String appeal_status_FILED();

    @Message("Upheld: registered")
    String appeal_status_UPHELD();

    @Message("Dismissed")
    String appeal_status_DISMISSED();

    @Message("Appeals awaiting decision")
    String queue_appeals_title();

    @Message("No appeals await a decision.")
    String queue_appeals_empty();

    @Message("Appeal the refusal")
    String appeal_link();
}
