package kz.elections.common.cluster;

/**
 * Something changed in the database that replicas may keep in memory: {@code topic} says what kind of thing
 * ("version", "contest"), {@code subject} which one (an election's or a contest's code). Observed on the listener's
 * own thread, on every replica, including the one that sent it, once the sending transaction committed.
 * {@link ClusterNotices#RESYNC} (subject empty) means notices may have been missed: drop everything kept.
 */
public record ClusterNotice(String topic, String subject) {

    /** Whether this notice concerns {@code topic}, or may have hidden one (after a gap in listening). */
    public boolean concerns(String wanted) {
        return topic.equals(wanted) || topic.equals(ClusterNotices.RESYNC);
    }
}
