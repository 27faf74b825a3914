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

    @Message("Commission: pending nominations")
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
}
