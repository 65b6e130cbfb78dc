package org.nigehbaan.screening.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.controllist.ControlListService;
import org.nigehbaan.controllist.EntryView;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.register.RegisterDirectory;
import org.nigehbaan.register.RegisteredIdentity;
import org.nigehbaan.register.RegistrantId;
import org.nigehbaan.screening.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The identity of the listing behind each hit, for the officer to compare with the traveller's documents:
 * primary name, father's name, date of birth, CNIC, passports, when the listing ends, the photograph reference,
 * and a link to the entry where the officer's role may open it. Read once per screening (each read audited by
 * the module that holds the record); when the database is away the hit is shown without it.
 */
@Component
class HitListings {

    private static final Logger log = LoggerFactory.getLogger(HitListings.class);

    /** What the counter shows of a listing. {@code link} is null where the officer may not open the record. */
    record ListingIdentity(String primaryName, List<String> otherNames, String fatherName, String dateOfBirth,
                           String cnic, List<String> passports, LocalDate endsOn, boolean indefinite,
                           String photoRef, String link) implements java.io.Serializable {
    }

    private final ControlListService controlList;
    private final RegisterDirectory register;
    private final AuditLog audit;

    HitListings(ControlListService controlList, RegisterDirectory register, AuditLog audit) {
        this.controlList = controlList;
        this.register = register;
        this.audit = audit;
    }

    /** The listings of these hits by hit key; a listing that cannot be read now is left out. */
    Map<String, ListingIdentity> of(String screeningId, List<Hit> hits, Actor by) {
        Map<String, ListingIdentity> out = new LinkedHashMap<>();
        for (Hit h : hits) {
            try {
                if (h.entryId() != null) {
                    EntryView e = controlList.get(h.entryId(), by);
                    out.put(h.key(), identity(e.person(), e.expiresOn(), e.expiresOn() == null, null,
                            "/control-list/entries/" + e.id()));
                } else if (h.registrantId() != null) {
                    RegistrantId id = new RegistrantId(h.registrantId());
                    RegisteredIdentity r = register.notifiableIdentity(id).orElse(null);
                    if (r != null) {
                        out.put(h.key(), identity(r.person().toInput(), r.notifiableUntil(), r.notifiableUntil() == null,
                                register.photoReference(id).orElse(null), null));
                        audit.append(AuditRecord.of(by.username(), "screening.register-hit.shown", "Screening",
                                screeningId).with("registrant", h.registrantId()));
                    }
                }
            } catch (RuntimeException e) {
                log.warn("screening: listing {} could not be read for the counter ({})", h.key(),
                        e.getClass().getSimpleName());
            }
        }
        return out;
    }

    private static ListingIdentity identity(PersonInput p, LocalDate endsOn, boolean indefinite, String photoRef,
                                            String link) {
        return new ListingIdentity(p.fullName(), p.aliases() == null ? List.of() : List.copyOf(p.aliases()),
                p.fatherName(), p.dateOfBirth(), p.cnic(),
                p.passportNumbers() == null ? List.of() : List.copyOf(p.passportNumbers()), endsOn, indefinite,
                photoRef, link);
    }
}
