package kz.elections.registry.recall;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.identity.IdentificationNumbers;
import kz.elections.law.recall.RecallRules;
import kz.elections.registry.common.IinHasher;

/**
 * A petition's signatures in the database. Batches of thousands are the norm (100,000 signatures is a large district's
 * 10 %), so a batch is one SQL statement over arrays and the count is SQL's; signatures never become entities. Each
 * voter signs once: the key is the keyed hash of the IIN ({@link IinHasher}, as party members are kept), and a voter
 * who signed already is reported, not counted again. Names and addresses are kept for the commission's check only.
 */
@ApplicationScoped
public class RecallSignatures {

    /** The count an audit record of the petition leaves out (it is in the signature records). */
    static final Long NOT_COUNTED = null;

    /** Checks that the caller may enter signatures of the petition now; answers the day of its decision. */
    @FunctionalInterface
    interface Admission {
        LocalDate admit(RecallPetition petition);
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IinHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    java.time.Clock clock;

    @Transactional
    RecallApi.SignatureReceipt enter(UUID id, RecallApi.SignatureBatch batch, Admission admission, LocalDate today,
            RecallRules.Terms terms, String actor) {
        // One batch at a time per petition, so that the count after it is exact and concurrent batches do not race.
        RecallPetition petition = entityManager.find(RecallPetition.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (petition == null) {
            throw ProblemException.notFound("Recall petition", id);
        }
        LocalDate decidedOn = admission.admit(petition);
        List<Violation> violations = new ArrayList<>();
        Function<String, byte[]> hash = hasher.newHasher();
        HexFormat hex = HexFormat.of();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<RecallApi.SignatureEntry> entries = batch.signatures();
        for (int i = 0; i < entries.size(); i++) {
            RecallApi.SignatureEntry entry = entries.get(i);
            String field = "signatures[" + i + "]";
            if (!IdentificationNumbers.isValid(entry.iin())) {
                violations.add(new Violation(field + ".iin", "not a valid IIN (check digit)"));
                continue;
            }
            RecallRules.signatureDateRefusal(decidedOn, entry.signedOn(), terms)
                    .ifPresent(refusal -> violations.add(new Violation(field + ".signedOn", refusal)));
            if (entry.signedOn().isAfter(today)) {
                violations.add(new Violation(field + ".signedOn", "signed on " + entry.signedOn() + ", after today"));
            }
            String key = hex.formatHex(hash.apply(entry.iin()));
            Integer earlier = firstIndex.putIfAbsent(key, i);
            if (earlier != null) {
                violations.add(new Violation(field + ".iin", "the same voter as signatures[" + earlier + "]: each voter "
                        + "signs once (CL Art. 113-13 p.1)"));
                continue;
            }
            kept.add(i);
            hashes.add(key);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " signature(s) of the batch are refused; nothing was "
                    + "entered", violations.size() > 100 ? violations.subList(0, 100) : violations);
        }
        List<String> inserted = insert(id, kept.stream().map(entries::get).toList(), hashes, actor);
        java.util.Set<String> stored = new java.util.HashSet<>(inserted);
        List<Integer> alreadySigned = new ArrayList<>();
        java.util.Set<Integer> repeated = new java.util.HashSet<>();
        for (int k = 0; k < kept.size(); k++) {
            if (!stored.contains(hashes.get(k))) {
                alreadySigned.add(kept.get(k));
                repeated.add(kept.get(k));
            }
        }
        long total = count(id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("accepted", inserted.size());
        after.put("alreadySigned", alreadySigned.size());
        after.put("total", total);
        // Who signed is for the commission: observers never see "signers" (AuditRedaction).
        after.put("signers", kept.stream().filter(i -> !repeated.contains(i))
                .map(i -> Map.of("fullName", entries.get(i).fullName(), "signedOn", entries.get(i).signedOn().toString()))
                .toList());
        audit.record(actor, "recall", id, "recall.signatures-entered", null, after);
        return new RecallApi.SignatureReceipt(inserted.size(), alreadySigned, total);
    }

    /** Stores the new signatures in one statement; answers the hashes actually inserted (hex). */
    private List<String> insert(UUID petition, List<RecallApi.SignatureEntry> entries, List<String> hashes, String actor) {
        String[] names = entries.stream().map(e -> e.fullName().strip()).toArray(String[]::new);
        String[] addresses = entries.stream().map(e -> e.address().strip()).toArray(String[]::new);
        String[] dates = entries.stream().map(e -> e.signedOn().toString()).toArray(String[]::new);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into recall_signature (petition_id, iin_hash, full_name, address, signed_on, entered_at, entered_by)
                        select ?, decode(h, 'hex'), n, a, d::date, ?, ?
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as s(h, n, a, d)
                        on conflict do nothing
                        returning encode(iin_hash, 'hex')""")) {
            insert.setObject(1, petition);
            insert.setObject(2, OffsetDateTime.now(clock));
            insert.setString(3, actor);
            Array h = connection.createArrayOf("text", hashes.toArray());
            insert.setArray(4, h);
            insert.setArray(5, connection.createArrayOf("text", names));
            insert.setArray(6, connection.createArrayOf("text", addresses));
            insert.setArray(7, connection.createArrayOf("text", dates));
            List<String> inserted = new ArrayList<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the signatures of recall petition " + petition, e);
        }
    }

    /** The petition's signatures, each voter once. */
    public long count(UUID petition) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from recall_signature where petition_id = ?")) {
            query.setObject(1, petition);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the signatures of recall petition " + petition, e);
        }
    }
}
