package kz.elections.registry.region;

import kz.elections.law.election.Body;

/**
 * Open Civic Data division ids for Kazakhstan, so that systems which already key their data by OCD ids (results
 * feeds, civic-tech registries) can join Tizim's without a table of their own. Built from what never changes for a
 * division: the country, the unit's ISO 3166-2:KZ number (not its name, which has changed before) and a district's
 * body and number.
 * <ul>
 * <li>the country: {@code ocd-division/country:kz}</li>
 * <li>a region: {@code ocd-division/country:kz/region:10} (ISO 3166-2 {@code KZ-10}); a city of republican
 * significance: {@code ocd-division/country:kz/city:75}</li>
 * <li>a single-mandate district of the Mazhilis: {@code ocd-division/country:kz/city:75/mazhilis_district:3}; of a
 * regional or republican-city maslikhat: {@code …/region:19/maslikhat_district:3}</li>
 * </ul>
 * City and district maslikhats and akim posts lie below a unit in divisions Tizim's reference data does not hold; their
 * contests carry the unit's id, the smallest division known.
 */
public final class OcdDivisions {

    public static final String COUNTRY = "ocd-division/country:kz";

    private OcdDivisions() {
    }

    /** The unit's id from its ISO code ({@code KZ-75}) and kind ({@code region} or {@code city}). */
    public static String unit(String isoCode, String kind) {
        return COUNTRY + "/" + kind + ":" + isoCode.substring(isoCode.indexOf('-') + 1);
    }

    public static String unit(Region region) {
        return unit(region.code, region.kind);
    }

    /**
     * The division a contest is held in: a single-mandate district of the Mazhilis or of a regional maslikhat, else
     * its unit, else (a nationwide list) the country.
     */
    public static String contest(Body body, Region unit, Integer districtNumber) {
        if (unit == null) {
            return COUNTRY;
        }
        String unitId = unit(unit);
        if (districtNumber == null) {
            return unitId;
        }
        return switch (body) {
            case MAZHILIS -> unitId + "/mazhilis_district:" + districtNumber;
            case REGIONAL_MASLIKHAT -> unitId + "/maslikhat_district:" + districtNumber;
            default -> unitId;
        };
    }
}
