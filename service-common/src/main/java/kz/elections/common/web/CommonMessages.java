package kz.elections.common.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the shared layout; Kazakh and Russian in messages/common_kk|ru.properties. */
@MessageBundle(value = "common", locale = "en")
public interface CommonMessages {

    @Message("Tizim: elections of Kazakhstan")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Language")
    String language();

    @Message("Main menu")
    String main_menu();

    @Message("Home")
    String home();

    @Message("Menu")
    String menu();

    @Message("Tizim services")
    String services_menu();

    @Message("Elections and candidates")
    String menu_registry();

    @Message("Become a candidate")
    String menu_stand();

    @Message("Ballots")
    String menu_ballots();

    @Message("Results")
    String menu_results();

    @Message("Error {status}")
    String error_title(int status);

    @Message("Back to the start page")
    String back_home();

    @Message("Please correct the marked fields.")
    String form_has_errors();

    @Message("Saved.")
    String saved();

    // ---- error pages, by status

    @Message("Bad request")
    String error_400();

    @Message("Sign-in required")
    String error_401();

    @Message("Forbidden")
    String error_403();

    @Message("Not found")
    String error_404();

    @Message("Conflict")
    String error_409();

    @Message("Changed meanwhile")
    String error_412();

    @Message("Not accepted")
    String error_422();

    @Message("Server error")
    String error_500();

    @Message("Service unavailable")
    String error_503();

    @Message("The request could not be carried out.")
    String error_explained();

    @Message("The request was not understood or holds values that are not accepted.")
    String error_explained_400();

    @Message("Please sign in to see this page.")
    String error_explained_401();

    @Message("Your role does not allow this page or action.")
    String error_explained_403();

    @Message("There is no such page or record.")
    String error_explained_404();

    @Message("The record is not in a state that allows this action.")
    String error_explained_409();

    @Message("Someone changed the record meanwhile: open it again and repeat the action.")
    String error_explained_412();

    @Message("The values do not meet the rules.")
    String error_explained_422();

    @Message("Something went wrong on our side. Please try again later.")
    String error_explained_500();

    @Message("The service is unavailable for a moment. Please try again later.")
    String error_explained_503();

    // ---- what is wrong with a value of a form

    @Message("must be filled in")
    String invalid_required();

    @Message("must not be empty")
    String invalid_empty();

    @Message("at most {max} characters")
    String invalid_size_max(long max);

    @Message("between {min} and {max} characters")
    String invalid_size(long min, long max);

    @Message("at least {min} entries")
    String invalid_count_min(long min);

    @Message("must be at least {value}")
    String invalid_min(String value);

    @Message("must be at most {value}")
    String invalid_max(String value);

    @Message("must not be negative")
    String invalid_not_negative();

    @Message("must be a date not later than today")
    String invalid_past_or_present();

    @Message("must be 12 digits")
    String invalid_12_digits();

    @Message("must be a unit code like KZ-75")
    String invalid_unit_code();

    @Message("is not in the expected form")
    String invalid_pattern();

    @Message("must be a number")
    String invalid_number();

    @Message("must be a date (YYYY-MM-DD)")
    String invalid_date();

    @Message("must be one of the values offered")
    String invalid_choice();

    @Message("must not contain NUL (U+0000)")
    String invalid_nul();

    @Message("must not contain an unpaired surrogate (U+D800 to U+DFFF)")
    String invalid_surrogate();

    @Message("the value is not accepted")
    String invalid_value();

    @Message("The service refused the request.")
    String refused();
}
