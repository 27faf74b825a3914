package kz.elections.registry.nomination;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A registered candidate's election programme, or a party's for its registered list: plain text, kk and ru. */
@Entity
@Table(name = "election_programme")
public class ElectionProgramme extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The candidate's nomination; null for a list's programme. */
    @Column(name = "nomination_id")
    public UUID nominationId;

    /** The party list; null for a candidate's own programme. */
    @Column(name = "party_list_id")
    public UUID partyListId;

    @Column(name = "text_kk", nullable = false)
    public String textKk;

    @Column(name = "text_ru", nullable = false)
    public String textRu;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Version
    public int version;

    public static Optional<ElectionProgramme> findForNomination(UUID nominationId) {
        return find("nominationId", nominationId).firstResultOptional();
    }

    public static Optional<ElectionProgramme> findForList(UUID partyListId) {
        return find("partyListId", partyListId).firstResultOptional();
    }

    /** What voters read for a candidate: its own programme, or its list's. */
    public static Optional<ElectionProgramme> findFor(Nomination candidate) {
        return candidate.partyListId != null ? findForList(candidate.partyListId) : findForNomination(candidate.id);
    }
}
