package org.nigehbaan.register.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.nigehbaan.register.Disposal;

/**
 * The default policy, modelled on the UK Sexual Offences Act 2003:
 * <ul>
 *   <li>s.82(1): the period, from the disposal and sentence, beginning with the date of conviction;</li>
 *   <li>s.82(2): the 10, 7, 5 and 2 year periods are halved when the offender was under 18 on that date
 *       (a conditional discharge's own period is not: the statute halves only those four);</li>
 *   <li>ss.91A-91B (2012): an indefinite period may be reviewed 15 years after it starts running in the
 *       community, 8 years when the offender was under 18;</li>
 *   <li>s.85: re-notification within one year after each notification;</li>
 *   <li>Travel Notification Requirements Regulations 2004 (as amended 2012): foreign travel notified at
 *       least 7 days ahead, or at least 12 hours ahead when the journey was not known 7 days ahead.</li>
 * </ul>
 * Several convictions: the registrant is notifiable until the latest period ends; any indefinite period
 * makes the whole indefinite.
 */
public final class UkSexualOffencesAct2003Policy implements NotificationPolicy {

    static final Period REVIEW_ADULT = Period.ofYears(15);
    static final Period REVIEW_UNDER_18 = Period.ofYears(8);
    static final Period ANNUAL = Period.ofYears(1);
    static final TravelNoticeRule TRAVEL = new TravelNoticeRule(7, Duration.ofHours(12));
    static final int INDEFINITE_FROM_MONTHS = 30;
    static final int SHORT_TERM_MONTHS = 6;

    /**
     * A period from the table before dates are attached.
     *
     * @param indefinite true for an indefinite period
     * @param length     the length when finite
     * @param rule       the row that applied
     */
    public record Length(boolean indefinite, Period length, String rule) {
    }

    @Override
    public PolicyName name() {
        return PolicyName.UK_SOA_2003;
    }

    @Override
    public String title() {
        return "UK Sexual Offences Act 2003 s.82 (default)";
    }

    @Override
    public TravelNoticeRule travelNotice() {
        return TRAVEL;
    }

    /** The s.82 period for one conviction. */
    public static Length notificationPeriodFor(Disposal disposal, SentenceTerm sentence, int ageAtConviction) {
        Objects.requireNonNull(disposal, "disposal");
        boolean young = ageAtConviction < 18;
        return switch (disposal) {
            case LIFE_IMPRISONMENT -> new Length(true, null, "imprisonment for life: indefinite");
            case DEATH_SENTENCE -> new Length(true, null, "death sentence (treated as life): indefinite");
            case HOSPITAL_RESTRICTION_ORDER -> new Length(true, null, "hospital with a restriction order: indefinite");
            case IMPRISONMENT -> {
                Objects.requireNonNull(sentence, "an imprisonment needs its term");
                if (sentence.compareToMonths(INDEFINITE_FROM_MONTHS) >= 0) {
                    yield new Length(true, null, "imprisonment for 30 months or more (" + sentence + "): indefinite");
                } else if (sentence.compareToMonths(SHORT_TERM_MONTHS) > 0) {
                    yield halvedIfYoung(10, young, "imprisonment for more than 6 and less than 30 months ("
                            + sentence + ")");
                }
                yield halvedIfYoung(7, young, "imprisonment for 6 months or less (" + sentence + ")");
            }
            case HOSPITAL_ORDER -> halvedIfYoung(7, young, "hospital without a restriction order");
            case CAUTION -> halvedIfYoung(2, young, "caution");
            case CONDITIONAL_DISCHARGE -> {
                Objects.requireNonNull(sentence, "a conditional discharge needs its period");
                yield new Length(false, sentence.toPeriod(), "conditional discharge: the period of the discharge ("
                        + sentence + ")");
            }
            case OTHER -> halvedIfYoung(5, young, "any other disposal");
        };
    }

    private static Length halvedIfYoung(int years, boolean young, String rule) {
        if (!young) {
            return new Length(false, Period.ofYears(years), rule + ": " + years + " years");
        }
        Period half = Period.ofMonths(years * 6).normalized();
        return new Length(false, half, rule + ": " + years + " years, halved to " + describe(half)
                + " (under 18 at conviction)");
    }

    static String describe(Period p) {
        StringBuilder sb = new StringBuilder();
        if (p.getYears() != 0) {
            sb.append(p.getYears()).append(p.getYears() == 1 ? " year" : " years");
        }
        if (p.getMonths() != 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(p.getMonths()).append(p.getMonths() == 1 ? " month" : " months");
        }
        if (p.getDays() != 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(p.getDays()).append(p.getDays() == 1 ? " day" : " days");
        }
        return sb.toString();
    }

    @Override
    public NotificationTerms assess(List<ConvictionFacts> convictions, LocalDate obligationsStart) {
        if (convictions.isEmpty()) {
            throw new IllegalArgumentException("a registrant has at least one conviction");
        }
        List<ConvictionPeriod> periods = new ArrayList<>();
        boolean indefinite = false;
        boolean everyIndefiniteUnder18 = true;
        LocalDate endsOn = null;
        for (ConvictionFacts c : convictions) {
            Length l = notificationPeriodFor(c.disposal(), c.sentence(), c.ageAtConviction());
            ConvictionPeriod p = l.indefinite() ? ConvictionPeriod.indefinite(c.convictedOn(), l.rule())
                    : ConvictionPeriod.of(l.length(), c.convictedOn(), l.rule());
            periods.add(p);
            if (p.indefinite()) {
                indefinite = true;
                everyIndefiniteUnder18 &= c.underEighteen();
            } else if (endsOn == null || p.endsOn().isAfter(endsOn)) {
                endsOn = p.endsOn();
            }
        }
        LocalDate startsOn = convictions.stream().map(ConvictionFacts::convictedOn)
                .min(Comparator.naturalOrder()).orElseThrow();
        LocalDate reviewOn = indefinite
                ? obligationsStart.plus(everyIndefiniteUnder18 ? REVIEW_UNDER_18 : REVIEW_ADULT) : null;
        String basis = String.join("; ", periods.stream().map(ConvictionPeriod::rule).toList());
        return new NotificationTerms(name(), null, indefinite, startsOn, indefinite ? null : endsOn, reviewOn,
                ANNUAL, TRAVEL, periods, basis);
    }

    @Override
    public List<PolicyRow> table() {
        return List.of(
                new PolicyRow("Imprisonment for life or for 30 months or more; death sentence; hospital with a "
                        + "restriction order", "Indefinite, review after 15 years", "Indefinite, review after 8 years",
                        "Every year"),
                new PolicyRow("Imprisonment for more than 6 and less than 30 months", "10 years", "5 years", "Every year"),
                new PolicyRow("Imprisonment for 6 months or less", "7 years", "3 years 6 months", "Every year"),
                new PolicyRow("Hospital without a restriction order", "7 years", "3 years 6 months", "Every year"),
                new PolicyRow("Caution", "2 years", "1 year", "Every year"),
                new PolicyRow("Conditional discharge", "The period of the discharge", "The period of the discharge",
                        "Every year"),
                new PolicyRow("Any other disposal (fine, probation, community sentence)", "5 years",
                        "2 years 6 months", "Every year"));
    }
}
