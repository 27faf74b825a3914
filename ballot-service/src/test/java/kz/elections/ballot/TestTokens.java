package kz.elections.ballot;

import kz.elections.testing.Tokens;

/** Bearer tokens for each role, signed by the issuer the service trusts in tests. */
public final class TestTokens {

    private TestTokens() {
    }

    public static Tokens token() {
        return Tokens.forAudience("ballot-service");
    }

    public static String commission(String territory) {
        return token().roles("commission").claim("territory", territory).sign();
    }

    public static String observer() {
        return token().roles("observer").sign();
    }

    public static String citizen() {
        return token().roles("citizen").sign();
    }

    public static String partyAgent(java.util.UUID party) {
        return token().roles("party-agent").claim("party", party.toString()).sign();
    }

    public static String tabulator(String territory) {
        return token().roles("tabulator").claim("territory", territory).sign();
    }
}
