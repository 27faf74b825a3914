package kz.elections.results.observer;

/** What an observer's report is about: a fixed list, so reports can be counted and compared. */
public enum ReportCategory {
    VOTER_LIST, BALLOT_SECRECY, OBSTRUCTION_OF_OBSERVERS, COUNTING, PROTOCOL_COPY_NOT_GIVEN, OTHER
}
