package kz.elections.registry.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.elections.law.nomination.NominationRules;
import kz.elections.law.party.PartyRegistrationRules;

/**
 * A pre-check report as the page shows it: each rule by its code, with the figures the API's English
 * description carries (a date, a percentage, a count) put into the page's own sentence, the required and
 * actual values formatted for the page's language, and the outcome translated. The API keeps its codes
 * and English; only the page reads them.
 */
public final class PrecheckRows {

    /** One row of the table. */
    public record Row(String rule, String outcome, String title, String required, String actual, List<String> details,
            String outcomeLabel) {

        public boolean isFailed() {
            return outcome.equals("FAIL");
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern POSITION = Pattern.compile("Position (\\d+): (.*)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final RegistryMessages msg;
    private final Locale locale;
    private final List<Value> values = new ArrayList<>();

    private record Value(Pattern pattern, Function<Matcher, String> text) {
    }

    public PrecheckRows(RegistryMessages msg, Locale locale) {
        this.msg = msg;
        this.locale = locale;
        value("declared", m -> msg.value_declared());
        value("not declared", m -> msg.value_not_declared());
        value("member", m -> msg.value_member());
        value("not a member", m -> msg.value_not_member());
        value("none", m -> msg.value_none());
        value("exempt", m -> msg.value_exempt());
        value("no other", m -> msg.value_no_other());
        value("no repeats", m -> msg.value_no_repeats());
        value("no mismatch", m -> msg.value_no_mismatch());
        value("REGISTERED", m -> msg.value_registered());
        value("not registered", m -> msg.value_not_registered());
        value("not recorded", m -> msg.value_not_recorded());
        value("the district's settlements recorded", m -> msg.value_settlements_recorded());
        value("no member list uploaded", m -> msg.value_no_member_list());
        value("([≥≤]) (\\d+)", m -> m.group(1) + " " + number(m.group(2)));
        value("(\\d+)", m -> number(m.group(1)));
        value("(\\d+) ₸", m -> number(m.group(1)) + " ₸");
        value("(\\d+) ₸ paid", m -> msg.value_paid(number(m.group(1)) + " ₸"));
        value("(\\d+) – (\\d+)", m -> number(m.group(1)) + " – " + number(m.group(2)));
        value("(\\S+) – (\\S+)", m -> time(m.group(1)) + " – " + time(m.group(2)));
        value("between (\\S+) and (\\S+)", m -> msg.value_between(time(m.group(1)), time(m.group(2))));
        value("≥ (\\d+) of (\\d+) units \\((\\d+/\\d+)\\)", m -> msg.value_units_of(number(m.group(1)), number(m.group(2)),
                m.group(3)));
        value("≥ (\\d+) in each of (\\d+) units", m -> msg.value_in_each(number(m.group(1)), number(m.group(2))));
        value("all (\\d+) units", m -> msg.value_all_units(number(m.group(1))));
        value("(\\d+) unit\\(s\\) below (\\d+)", m -> msg.value_units_below(number(m.group(1)), number(m.group(2))));
        value("line (\\d+)", m -> msg.line(Integer.parseInt(m.group(1))));
        value("… and (\\d+) more", m -> msg.detail_more(number(m.group(1))));
        value("position (\\d+) repeats position (\\d+)", m -> msg.value_repeats(m.group(1), m.group(2)));
        value("position (\\d+): (WOMAN|YOUTH|DISABILITY), declared sex is not female",
                m -> msg.value_mismatch(m.group(1), quota(m.group(2)), msg.mismatch_WOMAN()));
        value("position (\\d+): (WOMAN|YOUTH|DISABILITY), (\\d+) on election day, youth are under (\\d+)",
                m -> msg.value_mismatch(m.group(1), quota(m.group(2)), msg.mismatch_YOUTH(m.group(3), m.group(4))));
        value("position (\\d+): (WOMAN|YOUTH|DISABILITY), no disability certificate \\(number and date\\) recorded",
                m -> msg.value_mismatch(m.group(1), quota(m.group(2)), msg.mismatch_DISABILITY()));
        // a timestamp or a date alone (when the nomination was filed), else a list of contest codes as it is
        value("(\\d{4}-\\d{2}-\\d{2}\\S*)", m -> time(m.group(1)));
    }

    private void value(String regex, Function<Matcher, String> text) {
        values.add(new Value(Pattern.compile(regex), text));
    }

    public List<Row> rows(List<?> checks) {
        List<Row> rows = new ArrayList<>();
        for (Object item : checks == null ? List.of() : checks) {
            if (item instanceof NominationRules.Check c) {
                rows.add(row(c.rule(), c.description(), c.required(), c.actual(), c.outcome().name(), List.of()));
            } else if (item instanceof PartyRegistrationRules.RuleCheck c) {
                rows.add(row(c.rule(), c.description(), c.required(), c.actual(), c.outcome().name(),
                        c.details() == null ? List.of() : c.details()));
            }
        }
        return rows;
    }

    /** A failed rule as one sentence: its title, then required / actual. */
    public String sentence(Object check) {
        List<Row> row = rows(List.of(check));
        return row.isEmpty() ? "" : row.get(0).title() + ": " + row.get(0).required() + " / " + row.get(0).actual();
    }

    private Row row(String rule, String description, String required, String actual, String outcome, List<String> details) {
        return new Row(rule, outcome, title(rule, description), value(required), value(actual),
                details.stream().map(this::value).toList(), outcome(outcome));
    }

    /** The rule's title in the page's language; a list's candidate rule keeps its "Position n:" prefix. */
    String title(String rule, String description) {
        Matcher position = POSITION.matcher(description);
        if (position.matches()) {
            return msg.rule_position(position.group(1), title(rule, position.group(2)));
        }
        List<String> figures = new ArrayList<>();
        Matcher date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(description);
        String rest = description;
        if (date.find()) {
            figures.add(time(date.group()));
            rest = description.replace(date.group(), "");
        }
        Matcher number = NUMBER.matcher(rest);
        while (number.find()) {
            figures.add(number.group());
        }
        return switch (rule) {
            case "AGE" -> msg.rule_AGE(figure(figures, 0));
            case "RESIDENCE" -> msg.rule_RESIDENCE();
            case "NO_CRIMINAL_RECORD" -> msg.rule_NO_CRIMINAL_RECORD();
            case "LEGALLY_CAPABLE" -> msg.rule_LEGALLY_CAPABLE();
            case "NOMINATION_WINDOW" -> msg.rule_NOMINATION_WINDOW();
            case "PARTY_REGISTERED" -> msg.rule_PARTY_REGISTERED();
            case "PARTY_MEMBERSHIP" -> msg.rule_PARTY_MEMBERSHIP();
            case "ONE_PER_PARTY" -> msg.rule_ONE_PER_PARTY();
            case "ONE_PER_ASSOCIATION" -> msg.rule_ONE_PER_ASSOCIATION();
            case "ONE_CONSTITUENCY" -> msg.rule_ONE_CONSTITUENCY();
            case "NOT_LIST_AND_DISTRICT" -> msg.rule_NOT_LIST_AND_DISTRICT();
            case "NOT_MASLIKHAT_AND_AKIM" -> msg.rule_NOT_MASLIKHAT_AND_AKIM();
            case "DEPOSIT" -> description.contains("list") ? msg.rule_DEPOSIT_list() : msg.rule_DEPOSIT();
            case "SIGNATURES" -> msg.rule_SIGNATURES(figure(figures, 0), number(figure(figures, 1)));
            case "SIGNATURE_SETTLEMENTS" -> figures.isEmpty() ? msg.rule_SIGNATURE_SETTLEMENTS_unknown()
                    : msg.rule_SIGNATURE_SETTLEMENTS(number(figure(figures, 0)));
            case "LIST_LENGTH" -> msg.rule_LIST_LENGTH(figure(figures, 0));
            case "EACH_PERSON_ONCE" -> msg.rule_EACH_PERSON_ONCE();
            case "QUOTA_CATEGORY" -> msg.rule_QUOTA_CATEGORY(figure(figures, 0));
            case "LIST_QUOTA" -> description.contains("disabilit") ? msg.rule_LIST_QUOTA_disability(figure(figures, 0))
                    : msg.rule_LIST_QUOTA(figure(figures, 0));
            case "INITIATIVE_GROUP_SIZE" -> msg.rule_INITIATIVE_GROUP_SIZE();
            case "INITIATIVE_GROUP_UNITS" -> msg.rule_INITIATIVE_GROUP_UNITS();
            case "CONGRESS_WITHIN_WINDOW" -> msg.rule_CONGRESS_WITHIN_WINDOW(period(description));
            case "MEMBERS_TOTAL" -> msg.rule_MEMBERS_TOTAL();
            case "MEMBERS_PER_UNIT" -> msg.rule_MEMBERS_PER_UNIT();
            case "DUPLICATE_MEMBERS" -> msg.rule_DUPLICATE_MEMBERS();
            case "MEMBERS_OF_OTHER_PARTIES" -> msg.rule_MEMBERS_OF_OTHER_PARTIES();
            default -> msg.rule_other(rule);
        };
    }

    /** "Founding congress within 1 year 3 months of …": the period in the page's words. */
    private String period(String description) {
        List<String> parts = new ArrayList<>();
        Matcher part = Pattern.compile("(\\d+) (year|month|day)s?").matcher(description);
        while (part.find()) {
            int n = Integer.parseInt(part.group(1));
            parts.add(switch (part.group(2)) {
                case "year" -> msg.period_years(n);
                case "month" -> msg.period_months(n);
                default -> msg.period_days(n);
            });
        }
        return String.join(" ", parts);
    }

    private static String figure(List<String> figures, int index) {
        return index < figures.size() ? figures.get(index) : "";
    }

    /** A required or actual value (or a detail line) in the page's language; anything unknown, such as contest codes, as it is. */
    String value(String english) {
        if (english == null) {
            return "";
        }
        for (Value value : values) {
            Matcher matcher = value.pattern().matcher(english.strip());
            if (matcher.matches()) {
                return value.text().apply(matcher);
            }
        }
        return english;
    }

    String outcome(String outcome) {
        return switch (outcome) {
            case "PASS" -> msg.outcome_PASS();
            case "FAIL" -> msg.outcome_FAIL();
            case "WARN" -> msg.outcome_WARN();
            case "PENDING" -> msg.outcome_PENDING();
            default -> outcome;
        };
    }

    private String quota(String category) {
        return switch (category) {
            case "WOMAN" -> msg.quota_WOMAN();
            case "YOUTH" -> msg.quota_YOUTH();
            default -> msg.quota_DISABILITY();
        };
    }

    private String number(String digits) {
        if (digits.isEmpty()) {
            return digits;
        }
        try {
            return NumberFormat.getIntegerInstance(locale).format(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return digits;
        }
    }

    /** A date or a timestamp as the page's readers write it. */
    private static String time(String iso) {
        try {
            return LocalDate.parse(iso).format(DATE);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(iso).format(DATE_TIME);
            } catch (DateTimeParseException notATime) {
                return iso;
            }
        }
    }
}
