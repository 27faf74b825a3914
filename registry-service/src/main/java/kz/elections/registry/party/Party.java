package kz.elections.registry.party;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A political party: its registration application and, once registered, the party itself. */
@Entity
public class Party extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyStatus status;

    @Column(name = "name_kk", nullable = false)
    public String nameKk;

    @Column(name = "name_ru", nullable = false)
    public String nameRu;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(nullable = false, columnDefinition = "bpchar")
    public String bin;

    @Column(name = "notified_on", nullable = false)
    public LocalDate notifiedOn;

    @Column(name = "congress_on", nullable = false)
    public LocalDate congressOn;

    @Column(name = "initiative_group_size", nullable = false)
    public int initiativeGroupSize;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "initiative_group_units", nullable = false)
    public List<String> initiativeGroupUnits;

    @Column(name = "applied_at", nullable = false)
    public OffsetDateTime appliedAt;

    @Column(name = "applied_by", nullable = false)
    public String appliedBy;

    @Column(name = "members_uploaded_at")
    public OffsetDateTime membersUploadedAt;

    @Column(name = "member_rows")
    public Integer memberRows;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public String grounds;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    /** Order of state registration, 1, 2, …: decides equal remainders in seat allocation. */
    @Column(name = "registration_number")
    public Long registrationNumber;

    @Column(name = "branches_registered_on")
    public LocalDate branchesRegisteredOn;

    @Version
    public int version;

    public static List<Party> listRegistered(PartyStatus status) {
        if (status != null) {
            return list("status = ?1 order by registrationNumber", status);
        }
        return list("status in ?1 order by registrationNumber",
                List.of(PartyStatus.REGISTERED, PartyStatus.SUSPENDED, PartyStatus.LIQUIDATED,
                        PartyStatus.CANCELLED));
    }

    public static List<Party> listApplications(PartyStatus status) {
        if (status != null) {
            return list("status = ?1 order by appliedAt", status);
        }
        return list("order by appliedAt");
    }
}
