package org.nigehbaan.controllist;

import java.time.LocalDate;

/** An entry in a list or search result. {@code status} is the effective status. */
public record EntrySummary(long id, String externalId, ListType list, Ground ground, EntryStatus status,
                           String fullName, String dateOfBirth, String cnic, LocalDate effectiveFrom,
                           LocalDate expiresOn, String pendingChange, String proposedBy) {
}
