package kz.elections.law.nomination;

/** Who put the candidate forward. */
public enum Route {
    PARTY, PUBLIC_ASSOCIATION, SELF
}
