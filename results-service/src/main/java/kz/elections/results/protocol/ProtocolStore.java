package kz.elections.results.protocol;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import kz.elections.common.DatabaseOutage;

/**
 * The election-night path: a precinct's first protocol, its tally and its audit record written by one SQL
 * statement, with no ORM session. Whatever is not a first protocol (a retry, other figures, a correction) meets a
 * unique key, writes nothing, and is left to {@link ProtocolService}'s ORM path.
 *
 * <p>Group commit: the protocols submitted at the same time are written by a few writer threads
 * ({@code tizim.protocols.writers}, 2, started with the first protocol), each taking what is waiting (up to {@code tizim.protocols.batch-size}, 100)
 * and sending those statements in one round trip ({@link PreparedStatement#executeBatch}) in one transaction, so
 * one commit for them all. Each submission is answered only once its protocol's commit is done: durability is the
 * same as one transaction each (a 201 only after the commit). The API's submissions are handed over with
 * {@link #storing}, whose future completes with the commit, so that no thread waits for it; {@link #insertFirst}
 * waits for it on the caller's thread. A batch is written in the order of the locks it takes (tally
 * shard, then precinct), so two batches do not deadlock on them. If the batch's transaction fails, it is rolled
 * back and its protocols are written again one by one, each in a transaction of its own, so one protocol's
 * failure is its own; the database out of reach fails them all at once (503). A protocol submitted inside a
 * transaction is written in it, on the caller's thread.
 */
@ApplicationScoped
public class ProtocolStore {

    private static final Logger LOG = Logger.getLogger(ProtocolStore.class);

    /**
     * Parameters: the election (1), the protocol (16), the tally ({@link Tallies#PARAMETERS}), the audit record (7).
     * Its count: 1 if the protocol is stored (its audit record inserted), 0 if nothing is (the election's results
     * certified ({@link ResultsFreeze}), or a unique key met).
     */
    private static final String FIRST_VERSION = """
            with certified as (
                select %s as version
            ), inserted as (
                insert into protocol (id, contest_code, precinct_id, unit_code, version, current, ballot_hash, voters_on_list,
                                      voters_added, ballots_received, ballots_issued, ballots_cancelled, took_part, invalid,
                                      against_all, votes, idempotency_key, request_fingerprint, submitted_by, submitted_at)
                select ?, ?, ?, ?, 1, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?
                where (select version from certified) is null
                on conflict do nothing
                returning id
            ), tallied as (
                %s
            )
            insert into audit_record (id, entity_type, entity_id, action, actor, at, before, after)
            select ?, ?, ?, ?, ?, ?, null, cast(? as jsonb) where exists (select from inserted)"""
            .formatted(ResultsFreeze.CERTIFIED_VERSION, Tallies.upsert("where exists (select from inserted)"));

    static final String ENTITY_TYPE = "protocol";
    static final String ACCEPTED = "protocol.accepted";

    /** The order of a batch: the order in which its statements lock tally shards and precincts. */
    private static final Comparator<Pending> LOCK_ORDER = Comparator.<Pending, String>comparing(p -> p.protocol.contestCode)
            .thenComparing(p -> p.protocol.unitCode).thenComparingInt(p -> Tallies.shard(p.protocol))
            .thenComparing(p -> p.protocol.precinctId);

    /** A protocol waiting for a writer; {@code stored} completes once it is committed (true) or met a key (false). */
    record Pending(Protocol protocol, String election, String view, CompletableFuture<Boolean> stored) {

        Pending(Protocol protocol, String election, String view) {
            this(protocol, election, view, new CompletableFuture<>());
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "tizim.protocols.writers", defaultValue = "2")
    int writers;

    @ConfigProperty(name = "tizim.protocols.batch-size", defaultValue = "100")
    int batchSize;

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean writersStarted;
    private volatile boolean stopping;

    /** On the first protocol: the demo data's protocols come before the start-up event has reached every bean. */
    private synchronized void startWriters() {
        if (!threads.isEmpty()) {
            return;
        }
        for (int i = 1; i <= writers; i++) {
            Thread thread = new Thread(this::write, "protocol-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        writersStarted = true;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        threads.forEach(Thread::interrupt);
        for (Pending left; (left = waiting.poll()) != null;) {
            left.stored.completeExceptionally(new IllegalStateException("the service is stopping"));
        }
    }

    /**
     * Stores {@code protocol} as version 1 of its precinct's protocol, adds it to the tally and audits it with
     * {@code view} (its JSON) as the state after; returns once that is committed, whether it stored it. Nothing is
     * written if the results of {@code election} are certified, if the precinct has a protocol, or if the submitter
     * used its Idempotency-Key for another protocol in the meantime.
     */
    public boolean insertFirst(Protocol protocol, String election, String view) {
        if (stopping) {
            throw new IllegalStateException("the service is stopping");
        }
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            // In the caller's transaction, on its connection, as its other writes: a writer could not see or wait for them.
            try {
                return alone(new Pending(protocol, election, view));
            } catch (SQLException e) {
                throw new IllegalStateException("protocol of precinct " + protocol.precinctId + " not stored", e);
            }
        }
        try {
            return storing(protocol, election, view).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while protocol of precinct " + protocol.precinctId + " was stored", e);
        } catch (ExecutionException e) {
            // Thrown again here, so that the trace shows the submission too; the cause says why (a 503 if the database).
            throw new IllegalStateException("protocol of precinct " + protocol.precinctId + " not stored", e.getCause());
        }
    }

    /**
     * {@link #insertFirst} without waiting: hands {@code protocol} to a writer and returns the future of its commit,
     * which completes, on the writer's thread, with whether it stored it, or fails (the database out of reach, the
     * service stopping). For a caller outside any transaction (the API's, on the event loop): a writer writes in a
     * transaction of its own.
     */
    public CompletableFuture<Boolean> storing(Protocol protocol, String election, String view) {
        Pending pending = new Pending(protocol, election, view);
        if (stopping) {
            pending.stored.completeExceptionally(new IllegalStateException("the service is stopping"));
            return pending.stored;
        }
        if (!writersStarted) {
            startWriters();
        }
        waiting.add(pending);
        if (stopping && waiting.remove(pending)) {
            // Added after stop() emptied the queue: no writer will take it, and nothing else would answer it.
            pending.stored.completeExceptionally(new IllegalStateException("the service is stopping"));
        }
        return pending.stored;
    }

    /** A writer: takes what is waiting, writes it, answers each. */
    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (!stopping) {
            batch.clear();
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(batch, batchSize - 1);
            try {
                write(batch);
            } catch (Throwable e) { // not left waiting, whatever happened
                batch.forEach(p -> p.stored.completeExceptionally(e));
            }
        }
    }

    /** Writes {@code batch} (sorted here) and completes each one's {@code stored}. */
    void write(List<Pending> batch) {
        if (batch.size() > 1) {
            batch.sort(LOCK_ORDER);
            try {
                int[] counts = together(batch);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).stored.complete(counts[i] == 1);
                }
                return;
            } catch (SQLException | RuntimeException e) {
                if (DatabaseOutage.causes(e)) {
                    batch.forEach(p -> p.stored.completeExceptionally(e));
                    return;
                }
                LOG.debugf("a batch of %d protocols failed, written one by one: %s", batch.size(), e.getMessage());
            }
        }
        for (Pending pending : batch) {
            try {
                pending.stored.complete(alone(pending));
            } catch (SQLException | RuntimeException e) {
                pending.stored.completeExceptionally(e);
            }
        }
    }

    /** The batch in one transaction, its statements sent together: each one's count. */
    private int[] together(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(FIRST_VERSION)) {
                for (Pending pending : batch) {
                    bind(statement, pending);
                    statement.addBatch();
                }
                int[] counts = statement.executeBatch();
                connection.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** One protocol in a transaction of its own (the statement's). */
    private boolean alone(Pending pending) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FIRST_VERSION)) {
            bind(statement, pending);
            return statement.executeUpdate() == 1;
        }
    }

    private static void bind(PreparedStatement statement, Pending pending) throws SQLException {
        Protocol protocol = pending.protocol;
        int p = 1;
        statement.setString(p++, pending.election);
        statement.setObject(p++, protocol.id);
        statement.setString(p++, protocol.contestCode);
        statement.setObject(p++, protocol.precinctId);
        statement.setString(p++, protocol.unitCode);
        statement.setString(p++, protocol.ballotHash);
        statement.setLong(p++, protocol.votersOnList);
        statement.setLong(p++, protocol.votersAdded);
        statement.setLong(p++, protocol.ballotsReceived);
        statement.setLong(p++, protocol.ballotsIssued);
        statement.setLong(p++, protocol.ballotsCancelled);
        statement.setLong(p++, protocol.tookPart);
        statement.setLong(p++, protocol.invalid);
        statement.setLong(p++, protocol.againstAll);
        statement.setString(p++, votesJson(protocol));
        statement.setString(p++, protocol.idempotencyKey);
        statement.setString(p++, protocol.requestFingerprint);
        statement.setString(p++, protocol.submittedBy);
        statement.setObject(p++, protocol.submittedAt);
        Tallies.bind(statement, p, protocol, 1);
        p += Tallies.PARAMETERS;
        statement.setObject(p++, UUID.randomUUID());
        statement.setString(p++, ENTITY_TYPE);
        statement.setObject(p++, protocol.precinctId);
        statement.setString(p++, ACCEPTED);
        statement.setString(p++, protocol.submittedBy);
        statement.setObject(p++, protocol.submittedAt);
        statement.setString(p, pending.view);
    }

    /** The votes column as the ORM maps it: a JSON array of numbers. */
    private static String votesJson(Protocol protocol) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < protocol.votes.size(); i++) {
            json.append(i == 0 ? "" : ",").append(protocol.votes.get(i));
        }
        return json.append(']').toString();
    }
}
