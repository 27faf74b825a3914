package kz.elections.law.election;

/** The level of a maslikhat an election is called for: it decides the maslikhat's {@link Body}. */
public enum MaslikhatLevel {
    /** Region, Astana, Almaty, Shymkent: mixed. */
    REGIONAL(Body.REGIONAL_MASLIKHAT),
    /** City of regional significance: single-mandate districts only. */
    CITY(Body.CITY_MASLIKHAT),
    /** District: single-mandate districts only. */
    DISTRICT(Body.DISTRICT_MASLIKHAT);

    private final Body body;

    MaslikhatLevel(Body body) {
        this.body = body;
    }

    public Body body() {
        return body;
    }

    /** The level of a maslikhat body; null for the Mazhilis and akim posts. */
    public static MaslikhatLevel of(Body body) {
        for (MaslikhatLevel level : values()) {
            if (level.body == body) {
                return level;
            }
        }
        return null;
    }
}
