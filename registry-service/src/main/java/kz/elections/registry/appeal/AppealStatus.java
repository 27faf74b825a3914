package kz.elections.registry.appeal;

/** An appeal is filed, then upheld (the candidate or list is registered) or dismissed; both are final. */
public enum AppealStatus {
    FILED, UPHELD, DISMISSED;

    public enum Decision {
        UPHOLD, DISMISS
    }

    public AppealStatus after(Decision decision) {
        return decision == Decision.UPHOLD ? UPHELD : DISMISSED;
    }
}
