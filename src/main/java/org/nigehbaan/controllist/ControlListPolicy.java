package org.nigehbaan.controllist;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of law for control lists, in one place (DOMAIN.md, "Control lists"). Every value has a
 * documented default and can be overridden in configuration, e.g.
 * {@code nigehbaan.control-list.grounds.CORRUPTION.term=P90D}.
 *
 * @param zone                     the time zone whose midnight ends a listing on its expiry day
 * @param grounds                  overrides of the defaults in {@link #DEFAULT_TERMS}
 * @param representationDecisionDays a representation must be decided within this many days of receipt
 * @param reviewWindowDays         a representation is in time when filed within this many days of notice
 * @param urgentNoticeHours        in urgent security cases, notice may follow activation within this many hours
 */
@ConfigurationProperties("nigehbaan.control-list")
public record ControlListPolicy(@DefaultValue("Asia/Karachi") ZoneId zone,
                                Map<Ground, Terms> grounds,
                                @DefaultValue("30") int representationDecisionDays,
                                @DefaultValue("15") int reviewWindowDays,
                                @DefaultValue("24") int urgentNoticeHours) {

    /**
     * How long a listing on a ground lasts and how it may be extended.
     *
     * @param term          the listing's length from its effective date; null = until removed
     * @param maxExtension  the most one extension may add; null = extensions not allowed
     * @param maxExtensions how many extensions are allowed; -1 = no limit
     * @param switchable    the ground is refused unless its policy switch has been turned on
     */
    public record Terms(Period term, Period maxExtension, @DefaultValue("0") int maxExtensions, boolean switchable) {
    }

    private static final Terms ECL_LAPSING = new Terms(Period.ofDays(120), Period.ofDays(90), 1, false);
    private static final Terms UNTIL_REMOVED = new Terms(null, null, 0, false);

    /**
     * The defaults: PCL deportees 5 years from the deportation date, extendable on a reasoned request by up to
     * 5 more years, each extension approved again; ECL orders lapse after 120 days with one extension of 90
     * days, except terrorism, court referral, narcotics and Ponzi schemes, which do not lapse; sex offenders
     * refused until the switch is turned on; the other PCL grounds last until removed.
     */
    public static final Map<Ground, Terms> DEFAULT_TERMS = defaults();

    public ControlListPolicy {
        Map<Ground, Terms> merged = new EnumMap<>(DEFAULT_TERMS);
        if (grounds != null) {
            merged.putAll(grounds);
        }
        grounds = Map.copyOf(merged);
    }

    /** The defaults, as a policy: for tests and tools that do not read configuration. */
    public static ControlListPolicy defaultPolicy() {
        return new ControlListPolicy(ZoneId.of("Asia/Karachi"), Map.of(), 30, 15, 24);
    }

    public Terms termsOf(Ground ground) {
        return grounds.get(ground);
    }

    /** The day a listing effective from {@code effectiveFrom} ends by law, or null when it lasts until removed. */
    public LocalDate statutoryExpiry(Ground ground, LocalDate effectiveFrom) {
        Period term = termsOf(ground).term();
        return term == null ? null : effectiveFrom.plus(term);
    }

    private static Map<Ground, Terms> defaults() {
        Map<Ground, Terms> m = new EnumMap<>(Ground.class);
        m.put(Ground.DEPORTED_ILLEGAL_MIGRATION, new Terms(Period.ofYears(5), Period.ofYears(5), -1, false));
        m.put(Ground.SEX_OFFENDER, new Terms(null, null, 0, true));
        m.put(Ground.PASSPORT_MISUSE, UNTIL_REMOVED);
        m.put(Ground.COURT_DIRECTION, UNTIL_REMOVED);
        m.put(Ground.ANTI_STATE_ACTIVITY, UNTIL_REMOVED);
        m.put(Ground.TERRORISM, UNTIL_REMOVED);
        m.put(Ground.COURT_REFERRAL, UNTIL_REMOVED);
        m.put(Ground.NARCOTICS, UNTIL_REMOVED);
        m.put(Ground.PONZI_SCHEME, UNTIL_REMOVED);
        m.put(Ground.CORRUPTION, ECL_LAPSING);
        m.put(Ground.FINANCIAL_CRIME, ECL_LAPSING);
        m.put(Ground.HUMAN_TRAFFICKING, ECL_LAPSING);
        m.put(Ground.CRIMINAL_INVESTIGATION, ECL_LAPSING);
        return Map.copyOf(m);
    }
}
