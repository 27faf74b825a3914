package kz.elections.registry.election;

/** The bodies elected (DOMAIN.md, "Elections, contests and seats"). */
public enum ElectionKind {
    MAZHILIS, MASLIKHAT, AKIM
}
