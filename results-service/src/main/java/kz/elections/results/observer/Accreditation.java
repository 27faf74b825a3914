package kz.elections.results.observer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.elections.law.observer.ObserverAccreditation;

/** An observer's accreditation: for whom (the Keycloak user name), which organisation, which territory, when. */
@Entity
@Table(name = "observer_accreditation")
public class Accreditation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObserverAccreditation.Kind kind;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind")
    public ObserverAccreditation.OrganisationKind organisationKind;

    public String country;

    @Column(nullable = false)
    public String territory;

    @Column(name = "valid_from", nullable = false)
    public OffsetDateTime validFrom;

    @Column(name = "valid_to", nullable = false)
    public OffsetDateTime validTo;

    @Column(name = "accredited_by", nullable = false)
    public String accreditedBy;

    @Column(name = "accredited_at", nullable = false)
    public OffsetDateTime accreditedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revocation_grounds")
    public String revocationGrounds;

    @Version
    public int version;

    /** As the law's access rule reads it. */
    public ObserverAccreditation.Accreditation rule() {
        return new ObserverAccreditation.Accreditation(territory, validFrom.toInstant(), validTo.toInstant(),
                revokedAt == null ? null : revokedAt.toInstant());
    }

    public static List<Accreditation> of(String username) {
        return list("username = ?1 order by accreditedAt", username);
    }

    /** Those a commission of {@code territory} looks after; the central commission's are all of them. */
    public static List<Accreditation> inTerritory(String territory) {
        return ObserverAccreditation.NATION.equals(territory) ? list("order by accreditedAt desc")
                : list("territory = ?1 order by accreditedAt desc", territory);
    }
}
