package org.nigehbaan.cooperation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nigehbaan.cooperation.CaseSummary;
import org.nigehbaan.cooperation.CaseType;
import org.nigehbaan.cooperation.CaseView;
import org.nigehbaan.cooperation.SharedField;
import org.nigehbaan.cooperation.TimelineEntry;
import org.nigehbaan.identity.Person;

/**
 * What a reader sees of a case. Case officers see all of it; the UK liaison the always-shared part and only the
 * field groups shared with the UK, never the officers' names or notes.
 */
public final class CaseViews {

    private CaseViews() {
    }

    public static CaseView view(CooperationCase c, List<TimelineEntry> timeline, boolean partner, LocalDate today,
                                CaseClocks clocks) {
        Set<SharedField> visible = partner ? c.sharedFields() : EnumSet.allOf(SharedField.class);
        boolean details = visible.contains(SharedField.DETAILS);
        LocalDate next = CaseClocks.nextDue(c);
        return new CaseView(c.id(), c.reference(), c.type(), c.direction(), c.status(), c.requestingAuthority(),
                c.requestedAuthority(), c.externalReference(), c.receivedOn(),
                clocks.attention(next, c.status().isClosed(), today), next, clocks.clocks(c, today),
                c.sharedWithUk(), c.sharedFields(),
                visible.contains(SharedField.SUMMARY) ? c.summary() : null,
                visible.contains(SharedField.SUBJECTS) ? c.subjects().stream().map(Person::toInput).toList() : null,
                details ? c.offence() : null,
                details && c.type() == CaseType.EXTRADITION ? new CaseView.Extradition(c.arrangementReference(),
                        c.arrangementBasis(), c.arrangementAgreedOn(), c.assurances()) : null,
                details && c.type() == CaseType.CRIMINAL_RECORD
                        ? new CaseView.CriminalRecord(c.recordPurpose(), c.convictions()) : null,
                details && c.type() == CaseType.RETURN ? new CaseView.Return(c.removedForIllegalMigration(),
                        c.travelDocument(), c.nationality(), c.returnDate(), c.noticeGivenOn(), c.returnedOn()) : null,
                partner ? null : List.copyOf(CaseLifecycle.allowed(c.type(), c.status())),
                partner ? timeline.stream().map(t -> new TimelineEntry(t.at(), t.effectiveOn(), t.action(),
                        t.fromStatus(), t.toStatus(), t.side(), null, null)).toList() : timeline,
                partner ? null : c.createdAt(), partner ? null : c.createdBy());
    }

    public static CaseSummary summary(CaseRepository.WorkRow r, boolean partner, LocalDate today, CaseClocks clocks) {
        boolean closed = r.status().isClosed();
        boolean names = !partner || r.sharedFields().contains(SharedField.SUBJECTS);
        return new CaseSummary(r.id(), r.reference(), r.type(), r.direction(), r.status(), r.receivedOn(),
                names ? r.subjectNames() : null, clocks.attention(r.nextDueOn(), closed, today), r.nextDueOn(),
                closed || r.nextDueOn() == null ? null : ChronoUnit.DAYS.between(today, r.nextDueOn()),
                r.sharedWithUk(), !partner || r.sharedFields().contains(SharedField.THREAD) ? r.unread() : 0);
    }
}
