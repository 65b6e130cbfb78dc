package org.nigehbaan.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.nigehbaan.register.internal.ComplianceRepository;
import org.nigehbaan.register.internal.RegisterSettings;
import org.nigehbaan.register.internal.RegistrantRepository;
import org.nigehbaan.register.internal.RegistrantRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What screening needs from the register, for system use (no officer, no disclosure log: exit screening
 * discloses nothing beyond a referral).
 *
 * <p>To keep an index current: load {@link #forEachNotifiableIdentity} (or page with
 * {@link #notifiableIdentities}) at start-up, then apply {@link RegistrantIdentityPublished} and
 * {@link RegistrantIdentityWithdrawn} as they come. A registrant whose finite period ended today but whom the
 * daily job has not yet ended is already left out of these queries.
 *
 * <p>At exit: when a traveller is a registrant, {@link #hasTravelNotificationCovering} says whether the journey
 * was notified; when it was not, the screening decision is REFER.
 */
@Service
public class RegisterDirectory {

    private final RegistrantRepository registrants;
    private final ComplianceRepository compliance;
    private final RegisterSettings settings;

    RegisterDirectory(RegistrantRepository registrants, ComplianceRepository compliance, RegisterSettings settings) {
        this.registrants = registrants;
        this.compliance = compliance;
        this.settings = settings;
    }

    /** Streams every registrant subject to notification today, in id order, in constant memory. */
    @Transactional(readOnly = true)
    public void forEachNotifiableIdentity(Consumer<RegisteredIdentity> action) {
        LocalDate today = settings.today();
        registrants.forEachActive(r -> {
            if (notifiable(r, today)) {
                action.accept(identity(r));
            }
        });
    }

    /**
     * One page of the registrants subject to notification today, by id: those with an id above {@code afterId}
     * (start with 0), at most {@code limit} (1 to 10,000). An empty list means the end.
     */
    @Transactional(readOnly = true)
    public List<RegisteredIdentity> notifiableIdentities(long afterId, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000");
        }
        LocalDate today = settings.today();
        return registrants.activeAfter(afterId, limit).stream().filter(r -> notifiable(r, today))
                .map(RegisterDirectory::identity).toList();
    }

    /** The registrant's identity when subject to notification today. */
    @Transactional(readOnly = true)
    public Optional<RegisteredIdentity> notifiableIdentity(RegistrantId id) {
        LocalDate today = settings.today();
        return registrants.find(id.value()).filter(r -> notifiable(r, today)).map(RegisterDirectory::identity);
    }

    /**
     * The reference of the registrant's photograph, for the officer at the counter who must say whether the
     * traveller is the registrant; empty when none is recorded or the registrant is not subject to notification.
     */
    @Transactional(readOnly = true)
    public Optional<String> photoReference(RegistrantId id) {
        LocalDate today = settings.today();
        return registrants.find(id.value()).filter(r -> notifiable(r, today)).map(RegistrantRow::photoRef);
    }

    /**
     * True when the registrant notified a journey departing on {@code departureDate} (give or take
     * {@code nigehbaan.register.travel-tolerance-days}, for delays and flights after midnight) and, when
     * {@code destination} (ISO alpha-3) is given, to that country.
     */
    @Transactional(readOnly = true)
    public boolean hasTravelNotificationCovering(RegistrantId id, LocalDate departureDate, String destination) {
        return travelCoverage(id, departureDate, destination) == TravelCoverage.COVERED;
    }

    /** As {@link #hasTravelNotificationCovering}, telling apart a registrant not subject to notification. */
    @Transactional(readOnly = true)
    public TravelCoverage travelCoverage(RegistrantId id, LocalDate departureDate, String destination) {
        if (departureDate == null) {
            throw new IllegalArgumentException("departureDate is required");
        }
        LocalDate today = settings.today();
        Optional<RegistrantRow> r = registrants.find(id.value()).filter(x -> notifiable(x, today));
        if (r.isEmpty()) {
            return TravelCoverage.NOT_SUBJECT_TO_NOTIFICATION;
        }
        int tolerance = settings.properties().travelToleranceDays();
        String country = destination == null || destination.isBlank() ? null
                : destination.strip().toUpperCase(Locale.ROOT);
        return compliance.travelCovers(id.value(), departureDate.minusDays(tolerance), departureDate.plusDays(tolerance),
                country) ? TravelCoverage.COVERED : TravelCoverage.NOT_NOTIFIED;
    }

    private static boolean notifiable(RegistrantRow r, LocalDate today) {
        return r.active() && (r.indefinite() || !today.isAfter(r.endsOn()));
    }

    private static RegisteredIdentity identity(RegistrantRow r) {
        return new RegisteredIdentity(new RegistrantId(r.id()), r.person(), r.endsOn());
    }
}
