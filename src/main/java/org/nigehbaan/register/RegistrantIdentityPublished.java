package org.nigehbaan.register;

import java.time.Instant;
import java.time.LocalDate;
import org.nigehbaan.identity.Person;

/**
 * A registrant is, or stays with a changed identity, subject to notification. A screening index should hold
 * {@code person} under {@link RegistrantId#indexKey()} ({@code SOR-<id>}), replacing whatever it held for that
 * key. Published in the transaction of the change when a notifiable person is registered, notifies a change
 * of name or identity details, has the record corrected, or becomes notifiable again through a new conviction.
 *
 * @param registrantId    the registrant
 * @param person          the identity to screen against: full name, aliases, date of birth, documents
 * @param notifiableUntil the last day of the notification period; null when indefinite
 * @param publishedAt     when
 */
public record RegistrantIdentityPublished(RegistrantId registrantId, Person person, LocalDate notifiableUntil,
                                          Instant publishedAt) {
}
