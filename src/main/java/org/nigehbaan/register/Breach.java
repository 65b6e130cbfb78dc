package org.nigehbaan.register;

import java.time.Instant;
import java.time.LocalDate;

/** A compliance breach; open until an officer records what was done about it. */
public record Breach(long id, long registrantId, String registrantName, String district, BreachKind kind,
                     DutyType dutyType, LocalDate dueOn, LocalDate detectedOn, String detail, Instant resolvedAt,
                     String resolvedBy, String resolution) {

    public boolean open() {
        return resolvedAt == null;
    }
}
