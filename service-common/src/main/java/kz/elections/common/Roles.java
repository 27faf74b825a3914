package kz.elections.common;

/** The realm roles of the {@code elections} realm (deploy/keycloak/README.md and the realm file there). */
public final class Roles {
    public static final String COMMISSION = "commission";
    public static final String PARTY_AGENT = "party-agent";
    public static final String CITIZEN = "citizen";
    public static final String TABULATOR = "tabulator";
    public static final String OBSERVER = "observer";
    /** Service accounts (client-credentials tokens of ballot-service and results-service). */
    public static final String SERVICE = "service";

    /** The {@code territory} of the central election commission: the whole country. */
    public static final String CENTRAL_TERRITORY = "KZ";

    private Roles() {
    }
}
