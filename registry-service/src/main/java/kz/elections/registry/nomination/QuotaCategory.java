package kz.elections.registry.nomination;

/** The list quota categories; each person is counted in one. */
public enum QuotaCategory {
    WOMAN, YOUTH, DISABILITY
}
