package org.nigehbaan.register.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.nigehbaan.identity.Person;
import org.nigehbaan.register.RegistrantStatus;

/** A registrant as stored. */
public record RegistrantRow(long id, Person person, String photoRef, List<String> biometricRefs, int riskLevel,
                            String riskReason, String station, String district, LocalDate releasedOn,
                            RegistrantStatus status, String statusReason, String policy, Integer tier,
                            boolean indefinite, LocalDate obligationsStart, LocalDate startsOn, LocalDate endsOn,
                            LocalDate reviewOn, String renotifyEvery, int travelNoticeDays,
                            Integer travelShortNoticeHours, String basis, Instant registeredAt,
                            String registeredBy) {

    public boolean active() {
        return status == RegistrantStatus.ACTIVE;
    }
}
