package kz.elections.registry.nomination;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;

/**
 * Election programmes (CL Art. 37, 44): a registered candidate publishes one, or a party one for its registered list;
 * publishing again replaces it. Plain text, kk and ru, size-limited. Audited.
 */
@ApplicationScoped
public class ProgrammeService {

    @Inject
    NominationConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public ElectionProgramme publishForCandidate(UUID nominationId, NominationApi.ProgrammeRequest request, String actor) {
        Nomination n = Nomination.findById(nominationId);
        if (n.partyListId != null) {
            throw ProblemException.conflict("programme-of-list", "Publish the list's programme",
                    "Nomination " + nominationId + " is on a party list; the party publishes the programme of the list",
                    Map.of());
        }
        if (n.status != NominationStatus.REGISTERED) {
            throw ProblemException.illegalTransition("Nomination " + nominationId, n.status, "publishing a programme");
        }
        return publish(ElectionProgramme.findForNomination(n.id).orElse(null), n.id, null, "nomination", request, actor);
    }

    @Transactional
    public ElectionProgramme publishForList(UUID listId, NominationApi.ProgrammeRequest request, String actor) {
        PartyList list = PartyList.findById(listId);
        if (list.status != NominationStatus.REGISTERED) {
            throw ProblemException.illegalTransition("Party list " + listId, list.status, "publishing a programme");
        }
        return publish(ElectionProgramme.findForList(list.id).orElse(null), null, list.id, "party-list", request, actor);
    }

    private ElectionProgramme publish(ElectionProgramme existing, UUID nominationId, UUID listId, String entityType,
            NominationApi.ProgrammeRequest request, String actor) {
        List<Violation> tooLong = new ArrayList<>();
        requireLength(tooLong, "textKk", request.textKk());
        requireLength(tooLong, "textRu", request.textRu());
        if (!tooLong.isEmpty()) {
            throw ProblemException.unprocessable("programme-too-long", "Programme too long",
                    "An election programme holds at most " + config.programmeMaxChars() + " characters in each language",
                    Map.of("violations", tooLong));
        }
        Object before = existing == null ? null : view(existing);
        ElectionProgramme programme = existing != null ? existing : new ElectionProgramme();
        if (existing == null) {
            programme.id = UUID.randomUUID();
            programme.nominationId = nominationId;
            programme.partyListId = listId;
        }
        programme.textKk = request.textKk().strip();
        programme.textRu = request.textRu().strip();
        programme.publishedAt = OffsetDateTime.now(clock);
        programme.publishedBy = actor;
        programme.persistAndFlush();
        audit.record(actor, entityType, nominationId != null ? nominationId : listId, "programme.published", before,
                view(programme));
        return programme;
    }

    private void requireLength(List<Violation> violations, String field, String text) {
        int length = text.strip().codePointCount(0, text.strip().length());
        if (length > config.programmeMaxChars()) {
            violations.add(new Violation(field, "holds " + length + " characters; at most " + config.programmeMaxChars()));
        }
    }

    public static NominationApi.ProgrammeView view(ElectionProgramme programme) {
        return new NominationApi.ProgrammeView(programme.textKk, programme.textRu, programme.publishedAt,
                programme.partyListId != null ? "LIST" : "CANDIDATE");
    }
}
