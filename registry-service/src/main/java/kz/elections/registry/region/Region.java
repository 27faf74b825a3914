package kz.elections.registry.region;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A first-level administrative unit (oblys or city of republican significance). Reference data, seeded by migration. */
@Entity
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String kind;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_kk", nullable = false)
    public String nameKk;

    @Column(name = "name_ru", nullable = false)
    public String nameRu;

    @Column(name = "centre_en")
    public String centreEn;

    public static List<Region> listInOrder() {
        return list("order by code");
    }

    public static Set<String> allCodes() {
        return listInOrder().stream().map(region -> region.code).collect(Collectors.toUnmodifiableSet());
    }
}
