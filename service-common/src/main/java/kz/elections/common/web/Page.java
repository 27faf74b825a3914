package kz.elections.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * What every page needs to know about the request it answers: the language chosen (?lang=, then the
 * {@value #LANGUAGE_COOKIE} cookie, then Accept-Language, else Kazakh) and who is signed in. Templates
 * read it as {@code cdi:page}.
 */
@Named("page")
@RequestScoped
public class Page {

    public static final String LANGUAGE_COOKIE = "tizim-lang";
    public static final String LANGUAGE_PARAMETER = "lang";
    private static final long LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 3600;

    @Inject
    CurrentVertxRequest request;

    @Inject
    SecurityIdentity identity;

    private Language language;

    public Language language() {
        if (language == null) {
            language = choose();
        }
        return language;
    }

    private Language choose() {
        RoutingContext context = request.getCurrent();
        return context == null ? Language.KK : chosen(context.request());
    }

    /** The language a request chooses, as {@link #language()} reads it; never blocks (a page served on the event loop asks). */
    public static Language chosen(HttpServerRequest request) {
        Optional<Language> asked = Language.parse(request.getParam(LANGUAGE_PARAMETER));
        if (asked.isPresent()) {
            return asked.get();
        }
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        return Language.parse(cookie == null ? null : cookie.getValue())
                .or(() -> Language.fromAcceptLanguage(request.getHeader("Accept-Language")))
                .orElse(Language.KK);
    }

    /**
     * The Set-Cookie header that remembers a language chosen with {@code ?lang=} for a year, on every page of the
     * service ({@link PageFilters} for a rendered page, the results pages served from prepared bytes); the same text
     * every time (Max-Age rather than a date), so that a page served from bytes answers as its rendering did.
     */
    public static String languageCookie(Language language) {
        return LANGUAGE_COOKIE + "=" + language.code() + "; Path=/; Max-Age=" + LANGUAGE_COOKIE_MAX_AGE + "; SameSite=Lax";
    }

    /** The {@code lang} attribute of the page: kk, ru or en. */
    public String getLang() {
        return language().code();
    }

    public boolean isKk() {
        return language() == Language.KK;
    }

    public boolean isRu() {
        return language() == Language.RU;
    }

    /** The path of this page, for the language links (the choice is remembered in a cookie). */
    public String getPath() {
        RoutingContext context = request.getCurrent();
        return context == null ? "/ui" : context.request().path();
    }

    /**
     * This page in another language: its path and its query (a form's {@code ?contest=}, a filter) with only
     * {@code lang} changed, so switching language never loses what the page was showing.
     */
    public String languageLink(String code) {
        RoutingContext context = request.getCurrent();
        StringBuilder link = new StringBuilder(getPath()).append('?');
        if (context != null) {
            context.queryParams().forEach((name, value) -> {
                if (!LANGUAGE_PARAMETER.equals(name)) {
                    link.append(encode(name)).append('=').append(encode(value)).append('&');
                }
            });
        }
        return link.append(LANGUAGE_PARAMETER).append('=').append(encode(code)).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Who is signed in, without blocking: the identity the request was already authenticated with (also
     * on the IO thread, where an error page for a refused request is rendered); on a worker thread the
     * lazily authenticated one; else nobody.
     */
    private SecurityIdentity who() {
        try {
            RoutingContext context = request.getCurrent();
            SecurityIdentity found = context != null && context.user() instanceof QuarkusHttpUser user
                    ? user.getSecurityIdentity()
                    : BlockingOperationControl.isBlockingAllowed() ? identity : null;
            if (found != null) {
                found.isAnonymous(); // a deferred identity authenticates here
            }
            return found;
        } catch (io.quarkus.security.AuthenticationFailedException e) {
            // A bad, expired or foreign token on a public page: nobody is signed in, as the public API treats it.
            return null;
        }
    }

    public boolean isSignedIn() {
        SecurityIdentity who = who();
        return who != null && !who.isAnonymous();
    }

    public String getUserName() {
        SecurityIdentity who = who();
        if (who == null || who.isAnonymous()) {
            return "";
        }
        if (who.getPrincipal() instanceof JsonWebToken token) {
            Object name = token.getClaim("name") != null ? token.getClaim("name") : token.getClaim("preferred_username");
            if (name != null) {
                return name.toString().replace("\"", "");
            }
        }
        return who.getPrincipal().getName();
    }

    public boolean has(String role) {
        SecurityIdentity who = who();
        return who != null && who.hasRole(role);
    }

    /** Picks the text of the chosen language; Kazakh where the English or Russian one is missing. */
    public String pick(String kk, String ru, String en) {
        String chosen = switch (language()) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
        return chosen == null || chosen.isBlank() ? kk : chosen;
    }

    /** The shared words in the chosen language. */
    public CommonMessages common() {
        return MessageBundles.get(CommonMessages.class, Localized.Literal.of(getLang()));
    }

    /** The services' English sentences as this page says them (each service adds its own sentences). */
    public ServiceText serviceText() {
        return new ServiceText(language(), common());
    }

    // ---- moments, days, counts and sums as the reader writes them (LocalFormat)

    private LocalFormat format() {
        return new LocalFormat(language().locale());
    }

    /** A moment in Asia/Almaty local time, written in the page's language. */
    public String dateTime(OffsetDateTime moment) {
        return format().dateTime(moment, null);
    }

    /** A moment in the local time of the zone an election or unit names (Asia/Almaty if none). */
    public String dateTime(OffsetDateTime moment, String zone) {
        return format().dateTime(moment, zone);
    }

    /** A day written out in the page's language. */
    public String date(LocalDate day) {
        return format().date(day);
    }

    /** The local day (Asia/Almaty) of a moment, written out. */
    public String date(OffsetDateTime moment) {
        return format().date(moment, null);
    }

    /** A count with the language's thousands separator. */
    public String number(Number value) {
        return format().number(value);
    }

    /** A sum in tenge: "1 275 000 ₸". */
    public String money(Number value) {
        return format().money(value);
    }

    // ---- the shared menu: the three services' pages

    /**
     * The start page of a service ({@code registry}, {@code ballot} or {@code results}): the configured
     * {@code tizim.pages.<service>-url} if set (a proxy's public address), else the host this page was opened on
     * (localhost or 127.0.0.1, so the sign-in cookie is the same) at the service's port
     * {@code tizim.pages.<service>-port} (8081, 8082, 8083).
     */
    public String serviceLink(String service) {
        Config config = ConfigProvider.getConfig();
        Optional<String> url = config.getOptionalValue("tizim.pages." + service + "-url", String.class).filter(u -> !u.isBlank());
        if (url.isPresent()) {
            return url.get().replaceAll("/+$", "") + "/ui";
        }
        int port = config.getOptionalValue("tizim.pages." + service + "-port", Integer.class)
                .orElse(switch (service) {
                    case "ballot" -> 8082;
                    case "results" -> 8083;
                    default -> 8081;
                });
        RoutingContext context = request.getCurrent();
        String scheme = context == null ? "http" : context.request().scheme();
        String host = context == null || context.request().authority() == null ? "localhost" : context.request().authority().host();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + ":" + port + "/ui";
    }

    /** A template ready to render in the chosen language. */
    public TemplateInstance render(TemplateInstance template) {
        return template.setLocale(language().locale());
    }
}
