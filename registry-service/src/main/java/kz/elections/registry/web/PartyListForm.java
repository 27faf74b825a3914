package kz.elections.registry.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import kz.elections.common.web.CommonMessages;
import kz.elections.common.web.FormErrors;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.law.list.QuotaCategory;

/**
 * A party list as a form: one row of candidate fields per name, first name first, named as the API
 * names them ({@code candidates[3].iin}) so its violations land in the right row. Rows nobody filled
 * in are dropped, and the rest renumbered, before the list is checked.
 */
public final class PartyListForm {

    /** As many rows as the API takes in one list. */
    static final int MAX_ROWS = 1000;
    private static final Pattern ROW = Pattern.compile("candidates\\[(\\d{1,4})]\\..+");

    /** One candidate's row as a template draws it; {@code error} is what the API said of the candidate as a whole. */
    public record Row(int index, int position, String legendId, List<NominationForm.Field> fields, String error,
            String errorId) {
    }

    private final List<NominationForm> candidates;
    private final FormErrors parseErrors = FormErrors.none();

    private PartyListForm(List<NominationForm> candidates) {
        this.candidates = candidates;
    }

    public static PartyListForm blank(int rows) {
        List<NominationForm> candidates = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            candidates.add(NominationForm.blankCandidate(i));
        }
        return new PartyListForm(candidates);
    }

    public static PartyListForm from(MultivaluedMap<String, String> form) {
        int last = -1;
        for (String name : form.keySet()) {
            Matcher row = ROW.matcher(name);
            if (row.matches()) {
                last = Math.max(last, Math.min(Integer.parseInt(row.group(1)), MAX_ROWS));
            }
        }
        List<NominationForm> filled = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            NominationForm candidate = NominationForm.candidate(form, i);
            if (!candidate.isBlank()) {
                filled.add(candidate.at(filled.size()));
            }
        }
        return new PartyListForm(filled);
    }

    /** The same list with one more empty row to fill in. */
    public PartyListForm withBlankRow() {
        List<NominationForm> more = new ArrayList<>(candidates);
        more.add(NominationForm.blankCandidate(candidates.size()));
        return new PartyListForm(more);
    }

    public boolean isEmpty() {
        return candidates.isEmpty();
    }

    public int names() {
        return (int) candidates.stream().filter(c -> !c.isBlank()).count();
    }

    /** How many names are in one of the categories the quota counts, as chosen on the form. */
    public int quota(Set<QuotaCategory> counted) {
        return (int) candidates.stream().filter(c -> !c.isBlank())
                .filter(c -> counted.stream().anyMatch(q -> q.name().equals(c.quotaCategory()))).count();
    }

    public FormErrors parseErrors() {
        return parseErrors;
    }

    /** The API request; values that do not parse stay null and are reported in their row. */
    public NominationApi.PartyListRequest request(String contest, UUID party, CommonMessages words) {
        List<NominationApi.Person> persons = new ArrayList<>();
        for (NominationForm candidate : candidates) {
            persons.add(candidate.person(words));
            candidate.parseErrors().asMap().forEach(parseErrors::add);
        }
        return new NominationApi.PartyListRequest(contest, party, persons);
    }

    /** Every field name of every row, as the API names them. */
    public Set<String> fieldNames() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            names.addAll(NominationForm.candidateFieldNames(i));
        }
        return names;
    }

    public List<Row> rows(RegistryMessages msg, FormErrors errors) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            String key = "candidates[" + i + "]";
            rows.add(new Row(i, i + 1, "candidate-" + i, candidates.get(i).candidateFields(msg, errors), errors.get(key),
                    "candidate-" + i + "-error"));
        }
        return rows;
    }
}
