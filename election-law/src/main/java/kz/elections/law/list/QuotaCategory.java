package kz.elections.law.list;

/** The list quota categories (CL "On Elections", Art. 89, 97-1): each person is counted in one. */
public enum QuotaCategory {
    WOMAN, YOUTH, DISABILITY
}
