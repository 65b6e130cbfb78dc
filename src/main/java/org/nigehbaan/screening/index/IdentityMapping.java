package org.nigehbaan.screening.index;

import java.time.LocalDate;
import java.time.ZoneId;
import org.nigehbaan.controllist.EntryActivated;
import org.nigehbaan.identity.Person;
import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.register.RegisteredIdentity;

/** Turns the other modules' identities into what the matching engine indexes, and the listing beside it. */
public final class IdentityMapping {

    private IdentityMapping() {
    }

    /** An indexed identity with its listing. */
    public record Indexed(Listing listing, ListedIdentity identity) {
    }

    public static Indexed of(EntryActivated e) {
        String key = Listing.CONTROL_LIST_PREFIX + e.entryId();
        Person p = Person.fromInput(e.person(), "person");
        return new Indexed(new Listing(key, Listing.Source.CONTROL_LIST, e.entryId(), e.externalId(), e.list().name(),
                e.ground().name(), e.expiresAt()), identity(key, p));
    }

    /** A registrant, hitting until the end of their notification period (in Pakistan). */
    public static Indexed of(RegisteredIdentity r, ZoneId zone) {
        String key = r.registrantId().indexKey();
        LocalDate until = r.notifiableUntil();
        return new Indexed(new Listing(key, Listing.Source.REGISTER, r.registrantId().value(), null, "REGISTER",
                "SEX_OFFENDER", until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant()),
                identity(key, r.person()));
    }

    static ListedIdentity identity(String key, Person p) {
        return ListedIdentity.of(key, p);
    }
}
