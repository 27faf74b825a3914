package kz.elections.results.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.elections.common.web.Language;
import kz.elections.law.allocation.SeatAllocation;
import kz.elections.law.election.Body;
import kz.elections.results.contest.ContestPrecinct;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.publication.PublishedVersion;
import kz.elections.results.publication.ResultDocument;
import kz.elections.results.publication.ResultVersion;
import kz.elections.results.publication.ResultsFeed;
import kz.elections.results.turnout.TurnoutConfig;
import kz.elections.results.upstream.Upstream;
import kz.elections.results.upstream.UpstreamGateway;

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
    TurnoutConfig turnoutConfig;

    @Inject
    @Location("pages/results-body.html")
    Template body;

    private static final Logger LOG = Logger.getLogger(RenderedPages.class);

    @Inject
    UpstreamGateway upstream;

    private final Map<String, Content> pages = new ConcurrentHashMap<>();
    private final Map<String, List<Upstream.Contest>> electionContests = new ConcurrentHashMap<>();
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

    /**
     * Every contest of the election as the registry holds it, so that the districts no protocol has reached yet are on
     * the page too; asked once per election (its contests are settled long before election night). If the registry does
     * not answer, the page shows the contests it has figures of, and the next version asks again.
     */
    private List<Upstream.Contest> contestsOf(String election) {
        List<Upstream.Contest> known = electionContests.get(election);
        if (known != null) {
            return known;
        }
        try {
            List<Upstream.Contest> contests = List.copyOf(upstream.electionContests(election));
            electionContests.put(election, contests);
            return contests;
        } catch (RuntimeException e) {
            LOG.warnf("The registry did not give the contests of %s; the page shows those with figures: %s", election,
                    e.getMessage());
            return List.of();
        }
    }

    /** The election's local time, in which the pages give times. */
    public ZoneId zone() {
        return turnoutConfig.timeZone();
    }

    /** Where the contest is held, whether it fills the Mazhilis, who nominated each candidate (by registration id). */
    private static ResultsView.ContestFacts facts(ContestRecord record) {
        Map<String, String> nominatedBy = new LinkedHashMap<>();
        for (ContestRecord.Option option : record.options) {
            if (option.ref() != null && option.person() != null && option.person().nominatedBy() != null) {
                nominatedBy.put(option.ref().toString(), option.person().nominatedBy());
            }
        }
        boolean mazhilis = record.body != null ? record.body == Body.MAZHILIS
                : record.allocationKind() == SeatAllocation.Kind.MAZHILIS;
        return new ResultsView.ContestFacts(record.kind, record.unitCode, mazhilis, nominatedBy);
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
        Map<String, ResultsView.ContestFacts> facts = new LinkedHashMap<>();
        List<ResultVersion.Summary> history = QuarkusTransaction.requiringNew().call(() -> {
            for (ResultDocument.ContestResult contest : document.contests()) {
                precincts.put(contest.contestCode(), ContestPrecinct.countByUnit(contest.contestCode()));
                ContestRecord record = ContestRecord.findById(contest.contestCode());
                if (record != null) {
                    facts.put(contest.contestCode(), facts(record));
                }
            }
            return ResultVersion.history(version.electionCode(), version.number());
        });
        for (Upstream.Contest contest : contestsOf(version.electionCode())) {
            facts.putIfAbsent(contest.code(), new ResultsView.ContestFacts(contest.kind(), contest.unitCode(),
                    "MAZHILIS".equals(contest.body()), Map.of()));
        }
        ResultsMessages msg = MessageBundles.get(ResultsMessages.class, Localized.Literal.of(language.code()));
        UnitMessages units = MessageBundles.get(UnitMessages.class, Localized.Literal.of(language.code()));
        String etag = etag(version.electionCode(), version.number(), language);
        ResultsView view = ResultsView.of(document, history, precincts, facts, latest, language, zone(), etag, msg, units);
        String html = body.data("v", view).data("lang", language.code()).setLocale(language.locale()).render();
        return new Content(msg.results_of(view.electionCode()), html, etag);
    }
}
