package org.nigehbaan.childprotection;

/**
 * Where a report stands. The deadline of its grade runs from receipt to triage: that is where reports are lost
 * (DOMAIN.md: "triage is the gap").
 */
public enum ReportStatus {
    /** Received and graded by the default rules; the clock runs until an officer triages it. */
    AWAITING_TRIAGE,
    /** An officer assessed it with the questionnaire; it stays open until an action closes it. */
    TRIAGED,
    /** An action closed it (referred to police, to safeguarding, no further action). */
    CLOSED
}
