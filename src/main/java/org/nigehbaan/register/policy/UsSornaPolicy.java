package org.nigehbaan.register.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The second shipped policy, modelled on the US Sex Offender Registration and Notification Act (34 U.S.C.):
 * <ul>
 *   <li>s.20911: the tier follows the offence (each catalogue entry carries its tier), and a conviction after
 *       the offender already was tier I makes them at least tier II, after tier II tier III;</li>
 *   <li>s.20915(a): registration for 15 years (tier I), 25 years (tier II) or life (tier III), excluding time in
 *       custody, so the period runs from the day duties start (release, or conviction when not imprisoned);</li>
 *   <li>s.20915(b): a tier I period may be reduced after a clean record of 10 years, and a tier III period of
 *       someone convicted as a juvenile after 25 years: the review date;</li>
 *   <li>s.20918: in-person verification every 12, 6 or 3 months;</li>
 *   <li>28 CFR 72.7(f) (SORNA rule, 2021): international travel notified 21 days ahead, with no short-notice
 *       exception.</li>
 * </ul>
 * SORNA treats a juvenile convicted as an adult as an adult, so age changes only the tier III review.
 */
public final class UsSornaPolicy implements NotificationPolicy {

    static final TravelNoticeRule TRAVEL = new TravelNoticeRule(21, null);

    /** Years of registration per tier; 0 = life. */
    static Period periodOf(int tier) {
        return switch (tier) {
            case 1 -> Period.ofYears(15);
            case 2 -> Period.ofYears(25);
            case 3 -> null;
            default -> throw new IllegalArgumentException("tier " + tier);
        };
    }

    static Period verificationEvery(int tier) {
        return switch (tier) {
            case 1 -> Period.ofMonths(12);
            case 2 -> Period.ofMonths(6);
            case 3 -> Period.ofMonths(3);
            default -> throw new IllegalArgumentException("tier " + tier);
        };
    }

    @Override
    public PolicyName name() {
        return PolicyName.US_SORNA;
    }

    @Override
    public String title() {
        return "US SORNA tiers (34 U.S.C. 20911-20918)";
    }

    @Override
    public TravelNoticeRule travelNotice() {
        return TRAVEL;
    }

    /**
     * Each conviction's effective tier in conviction order: the offence's tier, raised to one above the highest
     * tier the offender already held from an earlier conviction.
     */
    static List<Integer> effectiveTiers(List<ConvictionFacts> convictions) {
        Integer[] order = new Integer[convictions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(i -> convictions.get(i).convictedOn()));
        int[] effective = new int[order.length];
        int held = 0; // the highest tier held from convictions on earlier days
        int i = 0;
        while (i < order.length) {
            LocalDate day = convictions.get(order[i]).convictedOn();
            int heldAfterToday = held;
            for (; i < order.length && convictions.get(order[i]).convictedOn().equals(day); i++) {
                int tier = convictions.get(order[i]).offence().sornaTier();
                if (held > 0) {
                    tier = Math.max(tier, Math.min(3, held + 1));
                }
                effective[order[i]] = tier;
                heldAfterToday = Math.max(heldAfterToday, tier);
            }
            held = heldAfterToday;
        }
        List<Integer> tiers = new ArrayList<>();
        for (int t : effective) {
            tiers.add(t);
        }
        return tiers;
    }

    @Override
    public NotificationTerms assess(List<ConvictionFacts> convictions, LocalDate obligationsStart) {
        if (convictions.isEmpty()) {
            throw new IllegalArgumentException("a registrant has at least one conviction");
        }
        List<Integer> tiers = effectiveTiers(convictions);
        List<ConvictionPeriod> periods = new ArrayList<>();
        int tier = 0;
        for (int i = 0; i < convictions.size(); i++) {
            ConvictionFacts c = convictions.get(i);
            int t = tiers.get(i);
            tier = Math.max(tier, t);
            String rule = "tier " + roman(t) + " (" + c.offence().code()
                    + (t > c.offence().sornaTier() ? ", raised by an earlier conviction" : "") + ")";
            Period p = periodOf(t);
            periods.add(p == null ? ConvictionPeriod.indefinite(obligationsStart, rule + ": life")
                    : ConvictionPeriod.of(p, obligationsStart, rule + ": " + p.getYears() + " years"));
        }
        boolean indefinite = tier == 3;
        LocalDate endsOn = indefinite ? null : obligationsStart.plus(periodOf(tier)).minusDays(1);
        LocalDate reviewOn = null;
        if (tier == 1) {
            reviewOn = obligationsStart.plusYears(10);
        } else if (tier == 3 && convictions.stream().allMatch(ConvictionFacts::underEighteen)) {
            reviewOn = obligationsStart.plusYears(25);
        }
        String basis = "SORNA tier " + roman(tier) + ": " + String.join("; ",
                periods.stream().map(ConvictionPeriod::rule).toList());
        return new NotificationTerms(name(), tier, indefinite, obligationsStart, endsOn, reviewOn,
                verificationEvery(tier), TRAVEL, periods, basis);
    }

    static String roman(int tier) {
        return switch (tier) {
            case 1 -> "I";
            case 2 -> "II";
            default -> "III";
        };
    }

    @Override
    public List<PolicyRow> table() {
        return List.of(
                new PolicyRow("Tier I (offences not in tier II or III)", "15 years (may be reduced to 10 with a "
                        + "clean record)", "As adults", "In person every 12 months"),
                new PolicyRow("Tier II (trafficking for prostitution, child pornography; or any offence after "
                        + "tier I)", "25 years", "As adults", "In person every 6 months"),
                new PolicyRow("Tier III (rape, sexual abuse of a child; or any offence after tier II)", "Life",
                        "Life, may be reduced after 25 years with a clean record", "In person every 3 months"));
    }
}
