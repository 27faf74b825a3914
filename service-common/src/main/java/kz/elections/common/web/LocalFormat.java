package kz.elections.common.web;

import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the pages write a moment, a day, a count and a sum for their reader: a moment in the election's local
 * time (Asia/Almaty unless the election names another zone) with its UTC offset, in the words of the page's
 * language ("2026 ж. 5 наурыз, 18:00", "5 марта 2026 г., 18:00"); counts with the language's thousands
 * separator; money in tenge (₸). Never an ISO instant: that stays in the {@code datetime} attribute of
 * {@code <time>}, for machines.
 */
public final class LocalFormat {

    /** The zone of an election that names none: one time zone (UTC+5) for all Kazakhstan since 1 March 2024. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Almaty");

    private final Locale locale;

    public LocalFormat(Locale locale) {
        this.locale = locale;
    }

    /** The zone named by an election or unit, else Asia/Almaty (a blank or unknown name too). */
    public static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }

    /** A moment in the zone's local time, its day written out and its offset named: "5 марта 2026 г., 18:00 (UTC+5)". */
    public String dateTime(OffsetDateTime moment, String zone) {
        if (moment == null) {
            return "";
        }
        ZonedDateTime local = moment.atZoneSameInstant(zone(zone));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale).format(local)
                + " (" + offset(local) + ")";
    }

    /** Only the local time of day of a moment: "18:00". */
    public String time(OffsetDateTime moment, String zone) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(moment.atZoneSameInstant(zone(zone)));
    }

    /** A day written out: "2026 ж. 5 наурыз", "5 марта 2026 г.", "March 5, 2026". */
    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    /** The local day of a moment, written out. */
    public String date(OffsetDateTime moment, String zone) {
        return moment == null ? "" : date(moment.atZoneSameInstant(zone(zone)).toLocalDate());
    }

    /** A count with the language's grouping: "1 275 000" (kk, ru), "1,275,000" (en). */
    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    /** A sum in tenge: "1 275 000 ₸". */
    public String money(Number value) {
        return value == null ? "" : number(value) + "\u00a0₸";
    }

    private static String offset(ZonedDateTime local) {
        int seconds = local.getOffset().getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "−" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }
}
