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

    @Message("Error {status}")
    String error_title(int status);

    @Message("Back to the start page")
    String back_home();

    @Message("Please correct the marked fields.")
    String form_has_errors();

    @Message("Saved.")
    String saved();
}
