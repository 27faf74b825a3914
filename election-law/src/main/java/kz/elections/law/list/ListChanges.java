package kz.elections.law.list;

/**
 * Changes to a registered party list before election day (CL Art. 89, 97-1 p.6): the party removes candidates or
 * changes the order by application; the list's cap and quota hold again afterwards ({@link PartyListRules}). If more
 * than half of the candidates the list was registered with have left it, the list's registration is cancelled;
 * exactly half leaving keeps it.
 */
public final class ListChanges {

    private ListChanges() {
    }

    /** More than half of the {@code registered} names have left: the list's registration lapses. */
    public static boolean registrationLapses(int registered, int left) {
        return 2L * left > registered;
    }
}
