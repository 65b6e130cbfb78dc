package org.nigehbaan.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.identity.FieldViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Reference cases for the pages' helpers: date boxes joined, labels for field paths, plain words for codes. */
class WebHelpersTests {

    final StaticMessageSource messages = messages();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void dateBoxesJoinIntoTheIsoValueTheServicesParse() {
        assertThat(DateInputFilter.join("2", "3", "2026", "", "")).isEqualTo("2026-03-02");
        assertThat(DateInputFilter.join("", "", "1984", "", "")).as("year only").isEqualTo("1984");
        assertThat(DateInputFilter.join("", "7", "1984", "", "")).as("month and year").isEqualTo("1984-07");
        assertThat(DateInputFilter.join("", "", "", "", "")).as("nothing typed").isEmpty();
        assertThat(DateInputFilter.join("10", "5", "2026", "14", "3")).isEqualTo("2026-05-10T14:03");
        assertThat(DateInputFilter.join("31", "", "", "", "")).as("a missing part stays missing, so the date is refused")
                .isEqualTo("--31");
        assertThat(DateInputFilter.joined(Map.of("receivedOn-day", new String[] {"1"}, "receivedOn-month",
                new String[] {"2"}, "receivedOn-year", new String[] {"2026"}))).containsKey("receivedOn");
        assertThat(DateInputFilter.joined(Map.of("on", new String[] {"2026-01-01"}, "on-year", new String[] {"2025"})))
                .as("a plain field of the same name wins").isEmpty();
    }

    @Test
    void fieldPathsReadAsLabels() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        FieldLabels labels = new FieldLabels(messages);
        assertThat(labels.label("person.dateOfBirth")).isEqualTo("Date of birth");
        assertThat(labels.label("convictions[0].sentence.length")).isEqualTo("Conviction 1: Length of the term");
        assertThat(labels.label("note-3")).as("a numbered copy of a field").isEqualTo("What you checked");
        assertThat(labels.label("firstNightAddress")).as("no label: the name in words").isEqualTo("First night address");
        assertThat(labels.anchor(null, "subjects[0].fullName")).isEqualTo("subjects.0.fullName");
        assertThat(labels.anchor("REFUSE", "reason")).isEqualTo("REFUSE-reason");
        assertThat(labels.message("is required")).isEqualTo("is required");
        assertThat(labels.error(List.of(new FieldViolation("note", "is required")), "note")).isEqualTo("is required");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ur"));
        assertThat(labels.message("is required")).isEqualTo("درج کرنا لازمی ہے");
    }

    @Test
    void periodsDatesAndTimesInWordsWithPakistanTimeLabelled() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Formats f = new Formats(messages);
        assertThat(f.period("P5Y")).isEqualTo("5 years");
        assertThat(f.period("P1Y")).isEqualTo("1 year");
        assertThat(f.period("P1Y6M")).isEqualTo("1 year and 6 months");
        assertThat(f.period("P120D")).isEqualTo("120 days");
        assertThat(f.period("P14D")).isEqualTo("2 weeks");
        assertThat(f.period("PT12H")).isEqualTo("12 hours");
        assertThat(f.period("INDEFINITE")).isEqualTo("indefinite");
        assertThat(f.date(LocalDate.of(2026, 3, 2))).isEqualTo("2 March 2026");
        assertThat(f.date("1984-07")).isEqualTo("July 1984");
        assertThat(f.date("1984")).isEqualTo("1984");
        assertThat(f.dateTime(Instant.parse("2026-03-02T09:05:00Z"))).as("UTC+5").isEqualTo("2 March 2026, 14:05 PKT");
        assertThat(f.utc(Instant.parse("2026-03-02T09:05:00Z"))).isEqualTo("2 March 2026, 09:05 UTC");
        assertThat(f.dateParts("1984-07")).containsExactly("", "7", "1984", "", "");
        assertThat(f.dateParts("2026-05-10T14:30")).containsExactly("10", "5", "2026", "14", "30");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ur"));
        assertThat(f.period("P5Y")).isEqualTo("5 سال");
        assertThat(f.date(LocalDate.of(2026, 3, 2))).as("CLDR's Urdu date, Western digits").contains("2026").contains("مارچ");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.setUseCodeAsDefaultMessage(false);
        Locale en = Locale.ENGLISH;
        Locale ur = Locale.forLanguageTag("ur");
        m.addMessage("field.dateOfBirth", en, "Date of birth");
        m.addMessage("field.convictions.item", en, "Conviction");
        m.addMessage("field.sentence.length", en, "Length of the term");
        m.addMessage("field.note", en, "What you checked");
        m.addMessage("violation.required", en, "is required");
        m.addMessage("violation.required", ur, "درج کرنا لازمی ہے");
        m.addMessage("time.pakistan", en, "PKT");
        m.addMessage("time.utc", en, "UTC");
        m.addMessage("duration.years", en, "{0,choice,1#1 year|1<{0,number,integer} years}");
        m.addMessage("duration.months", en, "{0,choice,1#1 month|1<{0,number,integer} months}");
        m.addMessage("duration.weeks", en, "{0,choice,1#1 week|1<{0,number,integer} weeks}");
        m.addMessage("duration.days", en, "{0,choice,0#0 days|1#1 day|1<{0,number,integer} days}");
        m.addMessage("duration.hours", en, "{0,choice,1#1 hour|1<{0,number,integer} hours}");
        m.addMessage("duration.and", en, "and");
        m.addMessage("duration.indefinite", en, "indefinite");
        m.addMessage("duration.years", ur, "{0,number,integer} سال");
        return m;
    }
}
