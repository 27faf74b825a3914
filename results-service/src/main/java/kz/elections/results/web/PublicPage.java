package kz.elections.results.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.AuthenticationFailedException;
import kz.elections.common.web.Page;

/**
 * The shared page context for pages that anyone may read: a token or session that fails to authenticate
 * (expired, forged, from another issuer) makes the reader anonymous instead of failing the page, as the
 * public API ignores it. Without this, the layout's "who is signed in" would turn a bad token into a 500.
 * It takes the place of service-common's {@link Page} in this service ({@code quarkus.arc.exclude-types}):
 * the layout finds the bean by its name, which only one bean may have. Once {@code Page} itself treats a
 * failed authentication as nobody signed in, this class and that property go.
 */
@RequestScoped
@Named("page")
public class PublicPage extends Page {

    @Override
    public boolean isSignedIn() {
        try {
            return super.isSignedIn();
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }

    @Override
    public String getUserName() {
        try {
            return super.getUserName();
        } catch (AuthenticationFailedException e) {
            return "";
        }
    }

    @Override
    public boolean has(String role) {
        try {
            return super.has(role);
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }
}
