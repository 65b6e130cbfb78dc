package org.nigehbaan.web.internal;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * One clock and plain words for every page ({@code ${@fmt.dateTime(at)}} in a template): instants in Pakistan
 * time, labelled; dates, numbers and durations in the reader's language, as CLDR writes them for that locale
 * (Urdu in Pakistan writes Western digits, so {@code ur} keeps them); ISO periods ({@code P5Y}) as words.
 */
@Component("fmt")
public class Formats {

    /** The one clock people read: every time on a page is Pakistan time unless an auditor asks for UTC. */
    public static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** A date: {@code 2 March 2026}; a partial date ({@code 1984-03}, {@code 1984}) as far as it is known. */
    public String date(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return dateFormat().format(d);
        }
        if (value instanceof Instant i) {
            return dateFormat().format(i.atZone(PAKISTAN));
        }
        String s = value.toString().strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return dateFormat().format(LocalDate.parse(s));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(java.time.YearMonth.parse(s));
            }
        } catch (java.time.DateTimeException e) {
            return s;
        }
        return s;
    }

    /** An instant in Pakistan time, labelled: {@code 2 March 2026, 14:05 PKT}. */
    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        return stamp(at.atZone(PAKISTAN).toLocalDateTime()) + " " + msg("time.pakistan");
    }

    /** A local date and time already in Pakistan time (a notified departure), labelled the same way. */
    public String localDateTime(LocalDateTime at) {
        return at == null ? "" : stamp(at) + " " + msg("time.pakistan");
    }

    /** An instant in UTC, labelled: only where an auditor compares with other systems' logs. */
    public String utc(Instant at) {
        if (at == null) {
            return "";
        }
        return stamp(LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC)) + " " + msg("time.utc");
    }

    /** A whole number with the locale's grouping. */
    public String number(Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /**
     * An ISO-8601 period or duration in words ({@code P5Y} → "5 years", {@code P1Y6M} → "1 year and 6 months",
     * {@code PT12H} → "12 hours"); {@code INDEFINITE} → "indefinite". Anything else is returned as it is.
     */
    public String period(Object iso) {
        if (iso == null) {
            return "";
        }
        if (iso instanceof Period p) {
            return words(p);
        }
        if (iso instanceof Duration d) {
            return words(d);
        }
        String s = iso.toString().strip();
        if (s.equalsIgnoreCase("INDEFINITE")) {
            return msg("duration.indefinite");
        }
        try {
            return s.contains("T") ? words(Duration.parse(s)) : words(Period.parse(s));
        } catch (java.time.format.DateTimeParseException e) {
            return s;
        }
    }

    /** A number of days in words: "7 days". */
    public String days(Number n) {
        return n == null ? "" : msg("duration.days", n.longValue());
    }

    private String words(Period p) {
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(msg("duration.years", p.getYears()));
        }
        if (p.getMonths() != 0) {
            parts.add(msg("duration.months", p.getMonths()));
        }
        if (p.getDays() != 0) {
            if (p.getDays() % 7 == 0 && p.getYears() == 0 && p.getMonths() == 0) {
                parts.add(msg("duration.weeks", p.getDays() / 7));
            } else {
                parts.add(msg("duration.days", p.getDays()));
            }
        }
        return join(parts);
    }

    private String words(Duration d) {
        List<String> parts = new ArrayList<>();
        if (d.toDaysPart() != 0) {
            parts.add(msg("duration.days", d.toDaysPart()));
        }
        if (d.toHoursPart() != 0) {
            parts.add(msg("duration.hours", d.toHoursPart()));
        }
        if (d.toMinutesPart() != 0) {
            parts.add(msg("duration.minutes", d.toMinutesPart()));
        }
        return join(parts);
    }

    private String join(List<String> parts) {
        if (parts.isEmpty()) {
            return msg("duration.days", 0);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + msg("duration.and") + " "
                + parts.get(parts.size() - 1);
    }

    private String stamp(LocalDateTime t) {
        String comma = locale().getLanguage().equals("ur") ? "، " : ", ";
        return dateFormat().format(t) + comma + DateTimeFormatter.ofPattern("HH:mm", locale()).format(t);
    }

    private DateTimeFormatter dateFormat() {
        Locale l = locale();
        return l.getLanguage().equals("en") ? DateTimeFormatter.ofPattern("d MMMM yyyy", l)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l);
    }

    /** The arguments of a message, each formatted for the reader ({@link #arg}). */
    public Object[] args(List<Object> values) {
        return values == null ? new Object[0] : values.stream().map(this::arg).toArray();
    }

    /** Formats any date-like argument of a message for the reader (work-list details carry dates). */
    public Object arg(Object value) {
        if (value instanceof LocalDate) {
            return date(value);
        }
        if (value instanceof Instant i) {
            return dateTime(i);
        }
        if (value instanceof LocalDateTime t) {
            return localDateTime(t);
        }
        if (value instanceof Period || value instanceof Duration) {
            return period(value);
        }
        return value;
    }

    /**
     * The boxes of a GOV.UK date input for an ISO value ({@code 2026-03-02T14:30} → day 2, month 3, year 2026,
     * hour 14, minute 30; {@code 1984} → year only); what cannot be read is left in the year box to be corrected.
     */
    public String[] dateParts(Object value) {
        String[] parts = {"", "", "", "", ""};
        if (value == null || value.toString().isBlank()) {
            return parts;
        }
        String s = value.toString().strip();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:T(\\d{1,2}):(\\d{1,2}))?").matcher(s);
        if (!m.matches()) {
            parts[2] = s;
            return parts;
        }
        parts[2] = m.group(1);
        parts[1] = m.group(2) == null ? "" : String.valueOf(Integer.parseInt(m.group(2)));
        parts[0] = m.group(3) == null ? "" : String.valueOf(Integer.parseInt(m.group(3)));
        parts[3] = m.group(4) == null ? "" : m.group(4);
        parts[4] = m.group(5) == null ? "" : m.group(5);
        return parts;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
