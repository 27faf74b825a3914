package kz.elections.results.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.elections.common.web.Language;
import kz.elections.results.contest.ContestPrecinct;
import kz.elections.results.publication.PublishedVersion;
import kz.elections.results.publication.ResultDocument;
import kz.elections.results.publication.ResultVersion;
import kz.elections.results.publication.ResultsFeed;

/**
 * The results pages' content, rendered once per version, language and kind (the latest page or the
 * version's own) and kept in memory, as the feed keeps its JSON: a version never changes, so election-night
 * readers cost a map lookup, never a tabulation or a query. Only the shared layout around it (the language
 * links, who is signed in) is rendered per request.
 */
@ApplicationScoped
public class RenderedPages {

    /** A page's content and its title; the ETag names the version and the language it was rendered for. */
    public record Content(String title, String html, String etag) {
    }

    private record Published(List<ResultVersion.Summary> elections, long checkedAt, long readAt) {
    }

    @Inject
    ResultsFeed feed;

    @Inject
    ObjectMapper mapper;

    @Inject
    @Location("pages/results-body.html")
    Template body;

    private final Map<String, Content> pages = new ConcurrentHashMap<>();
    private volatile Published published;

    /** The content for a version the feed has rendered, in a language. */
    public Content content(ResultsFeed.Rendered version, boolean latest, Language language) {
        String key = version.electionCode() + "#" + version.number() + "#" + language.code() + (latest ? "#latest" : "");
        Content known = pages.get(key);
        if (known != null) {
            return known;
        }
        Content rendered = render(version, latest, language);
        pages.put(key, rendered);
        return rendered;
    }

    /** Elections with published results, their latest version each; read again when the feed's latest changes. */
    public List<ResultVersion.Summary> published() {
        Published known = published;
        long now = System.currentTimeMillis();
        if (known == null || !feed.current(known.readAt(), known.checkedAt(), now)) {
            long readAt = feed.generation();
            known = new Published(QuarkusTransaction.requiringNew().call(ResultVersion::latestOfEach), now, readAt);
            published = known;
        }
        return known.elections();
    }

    /** Weak: the layout around the content says who is signed in, the content is the same for everyone. */
    public static String etag(String election, int number, Language language) {
        return "W/\"" + election + "-" + number + "-" + language.code() + "\"";
    }

    private Content render(ResultsFeed.Rendered version, boolean latest, Language language) {
        PublishedVersion document;
        try {
            document = mapper.readValue(version.json(), PublishedVersion.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The feed's own JSON of " + version.electionCode() + " v" + version.number(), e);
        }
        Map<String, Map<String, Integer>> precincts = new LinkedHashMap<>();
        List<ResultVersion.Summary> history = QuarkusTransaction.requiringNew().call(() -> {
            for (ResultDocument.ContestResult contest : document.contests()) {
                precincts.put(contest.contestCode(), ContestPrecinct.countByUnit(contest.contestCode()));
            }
            return ResultVersion.history(version.electionCode(), version.number());
        });
        ResultsMessages msg = MessageBundles.get(ResultsMessages.class, Localized.Literal.of(language.code()));
        ResultsView view = ResultsView.of(document, history, precincts, latest, language, msg);
        String html = body.data("v", view).data("lang", language.code()).setLocale(language.locale()).render();
        return new Content(msg.results_of(view.electionCode()), html, etag(version.electionCode(), version.number(), language));
    }
}
