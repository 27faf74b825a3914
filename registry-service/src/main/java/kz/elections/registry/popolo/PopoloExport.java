package kz.elections.registry.popolo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.elections.law.election.Body;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.nomination.NominationStatus;
import kz.elections.registry.party.Party;
import kz.elections.registry.party.PartyStatus;
import kz.elections.registry.popolo.Popolo.Identifier;
import kz.elections.registry.popolo.Popolo.Membership;
import kz.elections.registry.popolo.Popolo.Organization;
import kz.elections.registry.popolo.Popolo.OtherName;
import kz.elections.registry.popolo.Popolo.Person;
import kz.elections.registry.popolo.Popolo.Post;
import kz.elections.registry.region.OcdDivisions;
import kz.elections.registry.region.Region;

/** Reads the registry into {@link Popolo}: every election, or one. */
@ApplicationScoped
public class PopoloExport {

    @Transactional
    public Popolo of(Election election) {
        List<Contest> contests = election == null ? Contest.list("order by code") : Contest.listFor(election);
        List<Nomination> candidacies = election == null
                ? Nomination.list("status = ?1 order by contest.code, listPosition, id", NominationStatus.REGISTERED)
                : Nomination.list("status = ?1 and election = ?2 order by contest.code, listPosition, id",
                        NominationStatus.REGISTERED, election);

        Map<String, Organization> organizations = new LinkedHashMap<>();
        for (Party party : Party.listRegistered(null)) {
            organizations.put(partyId(party.id), party(party));
        }
        List<Post> posts = new ArrayList<>();
        for (Contest contest : contests) {
            Region unit = contest.unitCode == null ? null : Region.findById(contest.unitCode);
            Organization body = body(contest.body(), unit);
            organizations.putIfAbsent(body.id(), body);
            posts.add(new Post(postId(contest), contest.name, contest.body() == Body.AKIM ? "akim" : "deputy", body.id(),
                    contest.ocdId(), contest.seats, contest.election.code));
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        List<Membership> memberships = new ArrayList<>();
        for (Nomination n : candidacies) {
            Person person = person(n);
            persons.putIfAbsent(person.id(), person);
            Region unit = n.contest.unitCode == null ? null : Region.findById(n.contest.unitCode);
            memberships.add(new Membership("membership:" + n.id, person.id(), bodyId(n.contest.body(), unit), postId(n.contest),
                    n.partyId == null ? null : partyId(n.partyId), "candidate", n.listPosition, n.election.code));
        }
        return new Popolo(List.copyOf(persons.values()), List.copyOf(organizations.values()), memberships, posts);
    }

    static String partyId(UUID party) {
        return "party:" + party;
    }

    static String postId(Contest contest) {
        return "post:" + contest.code;
    }

    static String bodyId(Body body, Region unit) {
        return body == Body.MAZHILIS || unit == null ? "body:" + body : "body:" + body + ":" + unit.code;
    }

    /**
     * A person is the same across nominations and elections: the id is a digest of the keyed IIN hash, which neither
     * reveals the IIN nor can be recomputed from it without the registry's key.
     */
    static String personId(byte[] iinHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(iinHash);
            return "person:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Person person(Nomination n) {
        return new Person(personId(n.iinHash), fullName(n.surnameKk, n.nameKk, n.patronymicKk), n.surnameKk, n.nameKk,
                n.patronymicKk, String.valueOf(n.birthDate.getYear()),
                List.of(new OtherName(fullName(n.surnameRu, n.nameRu, n.patronymicRu), n.surnameRu, n.nameRu, n.patronymicRu,
                        "ru")));
    }

    private static String fullName(String surname, String name, String patronymic) {
        return patronymic == null || patronymic.isBlank() ? surname + " " + name : surname + " " + name + " " + patronymic;
    }

    private static Organization party(Party party) {
        List<Identifier> identifiers = new ArrayList<>();
        if (party.registrationNumber != null) {
            identifiers.add(new Identifier("tizim-party-registration", String.valueOf(party.registrationNumber)));
        }
        identifiers.add(new Identifier("kz-bin", party.bin));
        return new Organization(partyId(party.id), party.nameKk, List.of(new OtherName(party.nameRu, null, null, null, "ru"),
                new OtherName(party.nameEn, null, null, null, "en")), "party", identifiers,
                party.registeredAt == null ? null : party.registeredAt.toLocalDate().toString(), null);
    }

    private static Organization body(Body body, Region unit) {
        String where = unit == null ? "Kazakhstan" : unit.nameEn;
        String name = switch (body) {
            case MAZHILIS -> "Mazhilis of the Parliament of Kazakhstan";
            case REGIONAL_MASLIKHAT -> "Maslikhat of " + where;
            case CITY_MASLIKHAT -> "City maslikhats of " + where;
            case DISTRICT_MASLIKHAT -> "District maslikhats of " + where;
            case AKIM -> "Akims of villages, settlements and rural districts of " + where;
        };
        String area = body == Body.MAZHILIS || unit == null ? OcdDivisions.COUNTRY : OcdDivisions.unit(unit);
        return new Organization(bodyId(body, unit), name, null, body == Body.AKIM ? "executive" : "legislature", null, null,
                area);
    }
}
