package org.nigehbaan.childprotection.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.IncidentType;
import org.nigehbaan.childprotection.TriageQuestion;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable policy of the module ({@code nigehbaan.child-reports.*}); every value has the documented
 * default of DOMAIN.md and docs/childprotection.md. Maps given in configuration are laid over the defaults, so
 * {@code nigehbaan.child-reports.deadlines.HIGH=PT12H} changes that grade alone.
 *
 * @param deadlines           time from receipt to triage, per grade (1 h, 24 h, 7 d, 30 d)
 * @param warnBefore          how long before the deadline a report awaiting triage is flagged (15 min, 4 h, 1 d, 3 d)
 * @param questions           the triage questionnaire: each "yes" makes the report at least that grade; no "yes": LOW
 * @param incidentGrades      the least grade a report gets at intake for its incident type
 * @param under13Grade        the least grade when the victim is under 13 (HIGH)
 * @param registerMatchGrade  the least grade when a suspect matches a registrant (HIGH)
 * @param registerMatchScore  the matching score from which a suspect is taken to match a registrant (0.80, REFER)
 * @param escalateTo          who a breached report is escalated to (a supervisor's username or a duty role)
 * @param publicFormBurst     reports (and additions) one client address may send through the public form at once
 * @param publicFormWindow    ... earning them back over this window
 * @param bulkMaxLines        the most lines one bulk request may carry
 */
@ConfigurationProperties("nigehbaan.child-reports")
public record ChildReportProperties(Map<Grade, Duration> deadlines, Map<Grade, Duration> warnBefore,
                                    List<TriageQuestion> questions, Map<IncidentType, Grade> incidentGrades,
                                    Grade under13Grade, Grade registerMatchGrade, Double registerMatchScore,
                                    String escalateTo, Integer publicFormBurst, Duration publicFormWindow,
                                    Integer bulkMaxLines) {

    public static final Map<Grade, Duration> DEFAULT_DEADLINES = Map.of(Grade.VERY_HIGH, Duration.ofHours(1),
            Grade.HIGH, Duration.ofHours(24), Grade.MEDIUM, Duration.ofDays(7), Grade.LOW, Duration.ofDays(30));
    public static final Map<Grade, Duration> DEFAULT_WARN_BEFORE = Map.of(Grade.VERY_HIGH, Duration.ofMinutes(15),
            Grade.HIGH, Duration.ofHours(4), Grade.MEDIUM, Duration.ofDays(1), Grade.LOW, Duration.ofDays(3));
    public static final List<TriageQuestion> DEFAULT_QUESTIONS = List.of(
            new TriageQuestion("imminentDanger", Grade.VERY_HIGH,
                    "Is a child in imminent danger (a threat to life, self-harm, a meeting arranged)?"),
            new TriageQuestion("liveAbuse", Grade.VERY_HIGH, "Is abuse happening now, or being streamed live?"),
            new TriageQuestion("sextortion", Grade.HIGH,
                    "Is a child being coerced or blackmailed with sexual images (sextortion)?"),
            new TriageQuestion("groomingWithContact", Grade.HIGH,
                    "Is an adult grooming a child and in contact with them?"),
            new TriageQuestion("victimUnder13", Grade.HIGH, "Is a victim under 13?"),
            new TriageQuestion("suspectHasAccessToChildren", Grade.HIGH,
                    "Does the suspect have access to children (family, school, work)?"),
            new TriageQuestion("sexualImagesOfChild", Grade.MEDIUM,
                    "Are sexual images of a child being made or shared?"),
            new TriageQuestion("identifiableChildInPakistan", Grade.MEDIUM,
                    "Can a child in Pakistan be identified or located from the report?"));
    public static final Map<IncidentType, Grade> DEFAULT_INCIDENT_GRADES = Map.of(
            IncidentType.CHILD_SEX_TRAFFICKING, Grade.HIGH, IncidentType.SEXTORTION, Grade.HIGH,
            IncidentType.ONLINE_ENTICEMENT, Grade.HIGH, IncidentType.GROOMING, Grade.HIGH,
            IncidentType.CSAM, Grade.MEDIUM, IncidentType.HARASSMENT, Grade.MEDIUM,
            IncidentType.UNSOLICITED_OBSCENE_MATERIAL, Grade.MEDIUM, IncidentType.OTHER, Grade.LOW);

    public ChildReportProperties {
        deadlines = over(DEFAULT_DEADLINES, deadlines, Grade.class);
        warnBefore = over(DEFAULT_WARN_BEFORE, warnBefore, Grade.class);
        questions = questions == null || questions.isEmpty() ? DEFAULT_QUESTIONS : List.copyOf(questions);
        incidentGrades = over(DEFAULT_INCIDENT_GRADES, incidentGrades, IncidentType.class);
        under13Grade = under13Grade == null ? Grade.HIGH : under13Grade;
        registerMatchGrade = registerMatchGrade == null ? Grade.HIGH : registerMatchGrade;
        registerMatchScore = registerMatchScore == null ? 0.80 : registerMatchScore;
        escalateTo = escalateTo == null || escalateTo.isBlank() ? "duty supervisor" : escalateTo.strip();
        publicFormBurst = publicFormBurst == null ? 10 : publicFormBurst;
        publicFormWindow = publicFormWindow == null ? Duration.ofHours(1) : publicFormWindow;
        bulkMaxLines = bulkMaxLines == null ? 1_000_000 : bulkMaxLines;
        for (Grade g : Grade.values()) {
            if (deadlines.get(g).isNegative() || deadlines.get(g).isZero()) {
                throw new IllegalArgumentException("nigehbaan.child-reports.deadlines." + g + " must be positive");
            }
        }
        for (TriageQuestion q : questions) {
            if (q.id() == null || !q.id().matches("[A-Za-z][A-Za-z0-9]{0,63}") || q.grade() == null) {
                throw new IllegalArgumentException("nigehbaan.child-reports.questions: each question needs an id "
                        + "(letters and digits) and a grade; got " + q);
            }
        }
    }

    /** The defaults for every setting. */
    public static ChildReportProperties defaults() {
        return new ChildReportProperties(null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <K extends Enum<K>, V> Map<K, V> over(Map<K, V> defaults, Map<K, V> given, Class<K> type) {
        Map<K, V> m = new EnumMap<>(type);
        m.putAll(defaults);
        if (given != null) {
            m.putAll(given);
        }
        return Map.copyOf(m);
    }
}
