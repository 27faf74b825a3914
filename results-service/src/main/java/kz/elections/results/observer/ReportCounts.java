package kz.elections.results.observer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.elections.results.publication.OpenCsv;

/** Observers' reports of an election counted by unit, category and state: what the public sees of them. */
@ApplicationScoped
public class ReportCounts {

    @Transactional
    public ObserverApi.ReportCounts of(String electionCode) {
        List<ObserverApi.Count> counts = ObserverReport.countsOf(electionCode).stream()
                .map(row -> new ObserverApi.Count((String) row[0], (ReportCategory) row[1], (ReportState) row[2], (Long) row[3]))
                .toList();
        return new ObserverApi.ReportCounts(electionCode, counts.stream().mapToLong(ObserverApi.Count::reports).sum(), counts);
    }

    /** One row per unit, category and state, after the byte-order mark and the header. */
    static String csv(ObserverApi.ReportCounts counts) {
        StringBuilder csv = OpenCsv.withHeader("election_code,unit_code,category,state,reports");
        for (ObserverApi.Count c : counts.counts()) {
            csv.append(OpenCsv.quote(counts.electionCode())).append(',').append(OpenCsv.quote(c.unitCode())).append(',')
                    .append(OpenCsv.quote(c.category().name())).append(',').append(OpenCsv.quote(c.state().name()))
                    .append(',').append(c.reports()).append('\n');
        }
        return csv.toString();
    }
}
