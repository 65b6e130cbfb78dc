package org.nigehbaan.register;

import java.time.LocalDate;
import org.nigehbaan.identity.Person;

/**
 * A registrant currently subject to notification, as a screening index needs one.
 *
 * @param registrantId    index it as {@link RegistrantId#indexKey()}
 * @param person          the identity
 * @param notifiableUntil the last day of the notification period; null when indefinite
 */
public record RegisteredIdentity(RegistrantId registrantId, Person person, LocalDate notifiableUntil) {
}
