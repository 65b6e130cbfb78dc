package org.nigehbaan.screening.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.common.WorkList;
import org.nigehbaan.screening.Decision;
import org.nigehbaan.screening.ScreeningQuery;
import org.nigehbaan.screening.ScreeningRecord;
import org.nigehbaan.screening.ScreeningRecords;
import org.nigehbaan.screening.ScreeningSummary;
import org.springframework.stereotype.Component;

/**
 * Home page: the officer's referrals and stops of the last 24 hours whose hits nobody has reviewed yet, newest
 * first, and how many screenings they made in that time.
 */
@Component
class ScreeningWorkList implements WorkList {

    private final ScreeningRecords records;
    private final CurrentActor current;
    private final Clock clock;

    ScreeningWorkList(ScreeningRecords records, CurrentActor current, Clock clock) {
        this.records = records;
        this.current = current;
        this.clock = clock;
    }

    @Override
    public Optional<Section> section() {
        Actor me = current.get();
        if (!me.hasAny(Role.BORDER_OFFICER, Role.PASSPORT_OFFICER)) {
            return Optional.empty();
        }
        var since = clock.instant().minus(Duration.ofHours(24));
        PageResult<ScreeningSummary> referred = records.search(new ScreeningQuery(me.username(), Decision.REFER, null,
                null, null, since, null), PageRequest.of(0, 200), me);
        PageResult<ScreeningSummary> stopped = records.search(new ScreeningQuery(me.username(), Decision.STOP, null,
                null, null, since, null), PageRequest.of(0, 200), me);
        List<ScreeningSummary> hits = new java.util.ArrayList<>(referred.items());
        hits.addAll(stopped.items());
        Map<String, List<ScreeningRecord.Review>> reviews = records.reviewsOf(hits.stream().map(ScreeningSummary::id).toList());
        List<ScreeningSummary> unreviewed = hits.stream().filter(s -> !reviews.containsKey(s.id()))
                .sorted(java.util.Comparator.comparing(ScreeningSummary::at).reversed()).toList();
        long all = records.search(new ScreeningQuery(me.username(), null, null, null, null, since, null),
                PageRequest.of(0, 1), me).total();
        List<Item> items = unreviewed.stream().limit(MOST_URGENT)
                .map(s -> new Item(s.travellerName(), "/screening", "home.screening.item." + s.decision().name(),
                        List.<Object>of(s.at()), s.decision() == Decision.STOP))
                .toList();
        return Optional.of(new Section(20, "nav.screening", "/screening", List.of(
                new Count("home.screening.unreviewed", unreviewed.size(), "/screening", true),
                new Count("home.screening.today", all, "/screening", false)), items));
    }
}
