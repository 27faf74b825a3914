package kz.elections.common.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import kz.elections.common.ProblemException;
import kz.elections.common.Violation;

/**
 * Path and query parameters are checked against {@link StorableText} once the resource is matched,
 * before it runs: a NUL in {@code /regions/%00zz} is the client's mistake, not a failed query.
 */
public class StorableTextFilter {

    @ServerRequestFilter
    public void rejectUnstorableParameters(UriInfo uri) {
        check("Path parameter", uri.getPathParameters());
        check("Query parameter", uri.getQueryParameters());
    }

    private static void check(String kind, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Optional<String> nameRule = StorableText.brokenRule(parameter.getKey());
            if (nameRule.isPresent()) {
                throw refusal(kind + " name", "(name)", nameRule.get());
            }
            for (String value : parameter.getValue()) {
                Optional<String> rule = StorableText.brokenRule(value);
                if (rule.isPresent()) {
                    throw refusal(kind + " " + parameter.getKey(), parameter.getKey(), rule.get());
                }
            }
        }
    }

    private static ProblemException refusal(String what, String field, String rule) {
        return ProblemException.invalid(what + " " + rule, List.of(new Violation(field, rule)));
    }
}
