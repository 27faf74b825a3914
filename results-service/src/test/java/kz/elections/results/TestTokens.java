package kz.elections.results;

import kz.elections.testing.Tokens;

/** Bearer tokens for each role, signed by the issuer the service trusts in tests. */
public final class TestTokens {

    private TestTokens() {
    }

    public static Tokens token() {
        return Tokens.forAudience("results-service");
    }

    public static String commission(String territory) {
        return token().roles("commission").claim("territory", territory).sign();
    }

    public static String commission(String subject, String territory) {
        return token().subject(subject).roles("commission").claim("territory", territory).sign();
    }

    public static String tabulator(String territory) {
        return token().roles("tabulator").claim("territory", territory).sign();
    }

    /** An observer's token; what it reads depends on the accreditations of {@code username} ({@link TestObservers}). */
    public static String observer(String username) {
        return token().subject(username).roles("observer").sign();
    }

    public static String citizen() {
        return token().roles("citizen").sign();
    }
}
