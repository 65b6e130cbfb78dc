package org.nigehbaan.controllist;

import java.time.Instant;
import org.nigehbaan.identity.PersonInput;

/**
 * An entry became ACTIVE and must be screened from now until {@code expiresAt} (null = until removed).
 * Published once per approval; the screening index adds the person.
 */
public record EntryActivated(long entryId, String externalId, ListType list, Ground ground, PersonInput person,
                             Instant expiresAt) {
}
