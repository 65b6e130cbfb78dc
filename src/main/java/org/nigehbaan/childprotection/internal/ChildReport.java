package org.nigehbaan.childprotection.internal;

import java.time.Instant;
import java.util.Map;
import org.nigehbaan.childprotection.ActionKind;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.IntakeChannel;
import org.nigehbaan.childprotection.ReportStatus;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.identity.InvalidInputException;

/**
 * A report's state and the guarded steps it goes through: graded on receipt, raised when a suspect matches a
 * registrant, warned and escalated as its deadline nears and passes, triaged, acted on, closed and reopened.
 * Each step checks the state and says what it changed; {@link ReportRepository#update} saves it.
 */
public final class ChildReport {

    /** Who grades a report nobody has triaged yet. */
    public static final String DEFAULT_RULES = "DEFAULT";

    long id;
    String reference;
    IntakeChannel channel;
    String reporter;
    String sourceReportId;
    Grade grade;
    String gradedBy;
    Instant dueBy;
    ReportStatus status;
    Instant receivedAt;
    Instant triagedAt;
    String triagedBy;
    String triageAnswers;
    Boolean deadlineMet;
    Instant warnedAt;
    Instant escalatedAt;
    String escalatedTo;
    Instant closedAt;
    String closedBy;
    Long bundleId;
    int version;

    ChildReport() {
    }

    /** A new report, graded by the default rules; the clock runs from {@code now}. */
    public static ChildReport receive(String reference, IntakeChannel channel, String reporter, String sourceReportId,
                                      Grade grade, GradingPolicy policy, Instant now) {
        ChildReport r = new ChildReport();
        r.reference = reference;
        r.channel = channel;
        r.reporter = reporter;
        r.sourceReportId = sourceReportId;
        r.grade = grade;
        r.gradedBy = DEFAULT_RULES;
        r.receivedAt = now;
        r.dueBy = policy.dueBy(grade, now);
        r.status = ReportStatus.AWAITING_TRIAGE;
        return r;
    }

    /**
     * A suspect matched a registrant: the report becomes at least {@code least} while nobody has triaged it
     * (an officer's triage then decides). True when the grade rose.
     */
    public boolean raiseTo(Grade least, GradingPolicy policy) {
        if (status != ReportStatus.AWAITING_TRIAGE || grade.max(least) == grade) {
            return false;
        }
        grade = least;
        dueBy = policy.dueBy(least, receivedAt);
        return true;
    }

    /**
     * The officer's assessment. The grade and its deadline (counted from receipt, never from triage) come from
     * the answers; whether the deadline was met is fixed at the first triage, against the deadline then in force.
     */
    public void triage(GradingPolicy.Graded graded, String officer, String answersJson, GradingPolicy policy,
                       Instant now) {
        if (status == ReportStatus.CLOSED) {
            throw DomainException.conflict("report " + reference + " is closed: reopen it before triaging again");
        }
        if (triagedAt == null) {
            deadlineMet = !now.isAfter(dueBy);
            triagedAt = now;
        }
        triagedBy = officer;
        grade = graded.grade();
        gradedBy = officer;
        triageAnswers = answersJson;
        dueBy = policy.dueBy(grade, receivedAt);
        status = ReportStatus.TRIAGED;
    }

    /** Records an action; a closing action needs the report triaged, REOPENED a closed report. */
    public void act(ActionKind action, String note, String officer, Instant now) {
        if (action == ActionKind.NO_FURTHER_ACTION && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "is required for NO_FURTHER_ACTION: say why");
        }
        if (action == ActionKind.REOPENED) {
            if (status != ReportStatus.CLOSED) {
                throw DomainException.conflict("report " + reference + " is not closed");
            }
            status = ReportStatus.TRIAGED;
            closedAt = null;
            closedBy = null;
            return;
        }
        if (status == ReportStatus.CLOSED && action != ActionKind.NOTE) {
            throw DomainException.conflict("report " + reference + " is closed: only a NOTE or REOPENED is possible");
        }
        if (action.closes()) {
            if (status == ReportStatus.AWAITING_TRIAGE) {
                throw DomainException.conflict("report " + reference + " has not been triaged: triage it before "
                        + action);
            }
            status = ReportStatus.CLOSED;
            closedAt = now;
            closedBy = officer;
        }
    }

    /** True when the report just entered its warning window untriaged (once). */
    public boolean warnIfDueSoon(GradingPolicy policy, Instant now) {
        if (status != ReportStatus.AWAITING_TRIAGE || warnedAt != null || now.isBefore(policy.warnFrom(grade, dueBy))) {
            return false;
        }
        warnedAt = now;
        return true;
    }

    /** True when the report just passed its deadline untriaged and was escalated (once). */
    public boolean escalateIfBreached(String supervisor, Instant now) {
        if (status != ReportStatus.AWAITING_TRIAGE || escalatedAt != null || !now.isAfter(dueBy)) {
            return false;
        }
        escalatedAt = now;
        escalatedTo = supervisor;
        return true;
    }

    /** ON_TRACK, DUE_SOON, OVERDUE while awaiting triage; MET or MISSED once triaged. */
    public static String deadlineState(ReportStatus status, Boolean deadlineMet, Grade grade, Instant dueBy,
                                       GradingPolicy policy, Instant now) {
        if (status != ReportStatus.AWAITING_TRIAGE) {
            return Boolean.FALSE.equals(deadlineMet) ? "MISSED" : "MET";
        }
        if (now.isAfter(dueBy)) {
            return "OVERDUE";
        }
        return now.isBefore(policy.warnFrom(grade, dueBy)) ? "ON_TRACK" : "DUE_SOON";
    }

    public String deadlineState(GradingPolicy policy, Instant now) {
        return deadlineState(status, deadlineMet, grade, dueBy, policy, now);
    }

    public long id() { return id; }
    public String reference() { return reference; }
    public IntakeChannel channel() { return channel; }
    public String reporter() { return reporter; }
    public String sourceReportId() { return sourceReportId; }
    public Grade grade() { return grade; }
    public String gradedBy() { return gradedBy; }
    public Instant dueBy() { return dueBy; }
    public ReportStatus status() { return status; }
    public Instant receivedAt() { return receivedAt; }
    public Instant triagedAt() { return triagedAt; }
    public String triagedBy() { return triagedBy; }
    public String triageAnswers() { return triageAnswers; }
    public Boolean deadlineMet() { return deadlineMet; }
    public Instant warnedAt() { return warnedAt; }
    public Instant escalatedAt() { return escalatedAt; }
    public String escalatedTo() { return escalatedTo; }
    public Instant closedAt() { return closedAt; }
    public Long bundleId() { return bundleId; }

    /** For views: the answers as stored. */
    public static Map<String, Boolean> answers(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, Boolean> m = new java.util.LinkedHashMap<>();
        for (String part : json.replaceAll("[{}\"\\s]", "").split(",")) {
            String[] kv = part.split(":");
            if (kv.length == 2) {
                m.put(kv[0], Boolean.parseBoolean(kv[1]));
            }
        }
        return m;
    }
}
