package org.nigehbaan.childprotection.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.IncidentType;
import org.nigehbaan.childprotection.TriageQuestion;
import org.nigehbaan.childprotection.VictimAgeBand;
import org.nigehbaan.identity.Violations;

/**
 * The grading rules in one place: the default grade at intake, the grade the triage questionnaire gives, and
 * the deadline and warning window of each grade.
 */
public final class GradingPolicy {

    private final ChildReportProperties p;

    public GradingPolicy(ChildReportProperties properties) {
        this.p = properties;
    }

    public List<TriageQuestion> questions() {
        return p.questions();
    }

    /**
     * The grade a report gets on receipt, before anyone has looked at it: imminent danger or live abuse
     * VERY_HIGH; sextortion, grooming or a victim under 13 HIGH (by default); else its incident type's grade.
     */
    public Grade intakeGrade(IncidentType type, VictimAgeBand age, boolean imminentDanger, boolean sextortion,
                             boolean liveAbuse, boolean grooming) {
        Grade g = p.incidentGrades().getOrDefault(type, Grade.LOW);
        if (imminentDanger || liveAbuse) {
            g = g.max(Grade.VERY_HIGH);
        }
        if (sextortion || grooming) {
            g = g.max(Grade.HIGH);
        }
        if (age == VictimAgeBand.UNDER_13) {
            g = g.max(p.under13Grade());
        }
        return g;
    }

    /** The least grade when a suspect matches a registrant of the sex offender register. */
    public Grade registerMatchGrade() {
        return p.registerMatchGrade();
    }

    /**
     * The grade from the officer's answers: the most urgent grade among the questions answered "yes", LOW when
     * none is. Every question must be answered (yes or no), so that no risk is graded low by omission.
     *
     * @throws org.nigehbaan.identity.InvalidInputException naming {@code answers.<id>} for a missing, unknown or
     *                                                      non-yes/no answer
     */
    public Graded triage(Map<String, ?> answers) {
        Violations v = new Violations();
        if (answers == null) {
            v.add("answers", "is required: answer every question yes (true) or no (false)");
            v.throwIfAny();
        }
        Map<String, Boolean> clean = new LinkedHashMap<>();
        Grade g = Grade.LOW;
        Set<String> known = new java.util.HashSet<>();
        for (TriageQuestion q : p.questions()) {
            known.add(q.id());
            Object a = answers.get(q.id());
            Boolean yes = a instanceof Boolean b ? b : a instanceof String s ? parseYesNo(s) : null;
            if (yes == null) {
                v.add("answers." + q.id(), a == null ? "is required (true or false)" : "must be true or false");
                continue;
            }
            clean.put(q.id(), yes);
            if (yes) {
                g = g.max(q.grade());
            }
        }
        for (String k : answers.keySet()) {
            if (!known.contains(k)) {
                v.add("answers." + k, "is not a question of the questionnaire");
            }
        }
        v.throwIfAny();
        return new Graded(g, clean);
    }

    /** A grade with the answers that gave it. */
    public record Graded(Grade grade, Map<String, Boolean> answers) {
    }

    public Instant dueBy(Grade grade, Instant receivedAt) {
        return receivedAt.plus(p.deadlines().get(grade));
    }

    public Duration deadline(Grade grade) {
        return p.deadlines().get(grade);
    }

    /** From when a report awaiting triage is flagged as due soon. */
    public Instant warnFrom(Grade grade, Instant dueBy) {
        return dueBy.minus(p.warnBefore().get(grade));
    }

    /** The longest warning window of any grade (for the job's query). */
    public Duration longestWarning() {
        return p.warnBefore().values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private static Boolean parseYesNo(String s) {
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }
}
