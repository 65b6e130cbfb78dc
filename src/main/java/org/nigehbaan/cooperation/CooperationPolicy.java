package org.nigehbaan.cooperation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every deadline, warning window and limit of cooperation casework, in one place ({@code nigehbaan.cooperation.*}).
 * The defaults follow the best public standard (EU mutual-recognition practice and ECRIS, DOMAIN.md); Pakistan
 * publishes none, so each is configurable and documented in docs/cooperation.md.
 *
 * @param acknowledgeDays              calendar days from receipt to acknowledge (7)
 * @param decideDays                   calendar days from receipt to decide: accept, refuse, or schedule a return (30)
 * @param executeDays                  calendar days from the decision to execute and respond (90)
 * @param criminalRecordWorkingDays    working days from receipt to reply to a criminal record request (10)
 * @param returnNoticeDays             minimum days between notice of a return and the return date (15)
 * @param travelDocumentValidityMonths how long a returnee's travel document must still be valid on the return date (6)
 * @param warnDaysBefore               a running clock is DUE_SOON this many days before its due date (2)
 * @param zone                         the time zone whose calendar days the clocks count (Asia/Karachi)
 * @param weekend                      days that are not working days (Saturday, Sunday)
 * @param publicHolidays               non-working days: {@code MM-dd} every year, {@code yyyy-MM-dd} once. The default
 *                                     holds Pakistan's fixed-date gazetted holidays; the Eids, Ashura and
 *                                     Eid Milad-un-Nabi follow the lunar calendar and must be added as dates
 *                                     each year once notified
 * @param attachmentMaxSize            largest attachment accepted (20MB)
 * @param attachmentsPerMessage        most attachments on one message (10)
 * @param attachmentTypes              the kinds of document accepted, recognised by content
 */
@ConfigurationProperties("nigehbaan.cooperation")
public record CooperationPolicy(
        @DefaultValue("7") int acknowledgeDays,
        @DefaultValue("30") int decideDays,
        @DefaultValue("90") int executeDays,
        @DefaultValue("10") int criminalRecordWorkingDays,
        @DefaultValue("15") int returnNoticeDays,
        @DefaultValue("6") int travelDocumentValidityMonths,
        @DefaultValue("2") int warnDaysBefore,
        @DefaultValue("Asia/Karachi") ZoneId zone,
        @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weekend,
        @DefaultValue({"02-05", "03-23", "05-01", "05-28", "08-14", "11-09", "12-25"}) List<String> publicHolidays,
        @DefaultValue("20MB") DataSize attachmentMaxSize,
        @DefaultValue("10") int attachmentsPerMessage,
        @DefaultValue({"PDF", "PNG", "JPEG", "TIFF", "DOCX", "XLSX", "TEXT"}) Set<AttachmentType> attachmentTypes) {

    public CooperationPolicy {
        requirePositive("acknowledge-days", acknowledgeDays);
        requirePositive("decide-days", decideDays);
        requirePositive("execute-days", executeDays);
        requirePositive("criminal-record-working-days", criminalRecordWorkingDays);
        requirePositive("return-notice-days", returnNoticeDays);
        requirePositive("travel-document-validity-months", travelDocumentValidityMonths);
        if (warnDaysBefore < 0) {
            throw new IllegalArgumentException("nigehbaan.cooperation.warn-days-before must be 0 or more");
        }
        weekend = weekend == null || weekend.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekend));
        if (weekend.size() >= 7) {
            throw new IllegalArgumentException("nigehbaan.cooperation.weekend cannot hold every day of the week");
        }
        publicHolidays = publicHolidays == null ? List.of() : List.copyOf(publicHolidays);
        for (String h : publicHolidays) {
            parseHoliday(h); // fail at start, not on the first criminal record request
        }
        attachmentTypes = attachmentTypes == null || attachmentTypes.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(attachmentTypes));
        if (attachmentMaxSize == null || attachmentMaxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("nigehbaan.cooperation.attachment-max-size must be positive");
        }
        requirePositive("attachments-per-message", attachmentsPerMessage);
    }

    /** The policy as shipped. */
    public static CooperationPolicy defaults() {
        return new CooperationPolicy(7, 30, 90, 10, 15, 6, 2, ZoneId.of("Asia/Karachi"),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of("02-05", "03-23", "05-01", "05-28", "08-14", "11-09", "12-25"),
                DataSize.ofMegabytes(20), 10, EnumSet.allOf(AttachmentType.class));
    }

    /** Recurring holidays ({@code MM-dd}). */
    public List<MonthDay> recurringHolidays() {
        List<MonthDay> out = new ArrayList<>();
        for (String h : publicHolidays) {
            if (parseHoliday(h) instanceof MonthDay md) {
                out.add(md);
            }
        }
        return out;
    }

    /** One-off holidays ({@code yyyy-MM-dd}). */
    public List<LocalDate> datedHolidays() {
        List<LocalDate> out = new ArrayList<>();
        for (String h : publicHolidays) {
            if (parseHoliday(h) instanceof LocalDate d) {
                out.add(d);
            }
        }
        return out;
    }

    private static Object parseHoliday(String raw) {
        String s = raw == null ? "" : raw.strip();
        try {
            if (s.matches("\\d{2}-\\d{2}")) {
                return MonthDay.parse("--" + s);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("nigehbaan.cooperation.public-holidays: '" + s
                + "' is not MM-dd (every year) or yyyy-MM-dd (once)");
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("nigehbaan.cooperation." + name + " must be positive");
        }
    }
}
