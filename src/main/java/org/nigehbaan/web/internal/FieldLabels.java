package org.nigehbaan.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nigehbaan.identity.FieldViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a person reads about a refused field ({@code ${@fields.label(e.field)}} in a template): the field's label
 * instead of its path ({@code person.dateOfBirth} → "Date of birth", {@code convictions[0].convictedOn} →
 * "Conviction 1: date of conviction"), the message in the reader's language where the service's words are the
 * common ones, and the id of the input the error summary links to.
 *
 * <p>Labels come from message keys {@code field.<path without indexes>}, then {@code field.<last part>}; a
 * module names its own fields in its bundle ({@code field.person.cnic=CNIC}).
 */
@Component("fields")
public class FieldLabels {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** The services' common phrases, and the message key each is said with in the reader's language. */
    private static final List<String[]> PHRASES = List.of(
            new String[] {"is required", "violation.required"},
            new String[] {"is in the future", "violation.future"},
            new String[] {"must be a whole number", "violation.wholeNumber"});

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of a field path. */
    public String label(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String plain = INDEX.matcher(field).replaceAll("").replaceAll("-\\d+$", "");
        // The whole path first, then ever shorter tails of it: convictions.sentence.length, sentence.length, length.
        String label = null;
        for (String tail = plain; label == null; tail = tail.substring(tail.indexOf('.') + 1)) {
            label = messages.getMessage("field." + tail, null, null, locale);
            if (!tail.contains(".")) {
                break;
            }
        }
        if (label == null) {
            label = humanise(plain.substring(plain.lastIndexOf('.') + 1));
        }
        Matcher m = INDEX.matcher(field);
        if (m.find()) {
            String owner = field.substring(0, m.start());
            String ownerLabel = messages.getMessage("field." + INDEX.matcher(owner).replaceAll("") + ".item", null,
                    humanise(owner.substring(owner.lastIndexOf('.') + 1)), locale);
            return ownerLabel + " " + (Integer.parseInt(m.group(1)) + 1) + ": " + label;
        }
        return label;
    }

    /** The message in the reader's language when it is one of the common phrases, else as the service said it. */
    public String message(String message) {
        if (message == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (message.contains("is not a date") || message.contains("is not a valid date")) {
            return messages.getMessage("violation.notADate", null, "is not a real date", locale);
        }
        for (String[] p : PHRASES) {
            if (message.equals(p[0]) || message.startsWith(p[0] + ":")) {
                String said = messages.getMessage(p[1], null, p[0], locale);
                return message.equals(p[0]) ? said : said + message.substring(p[0].length());
            }
        }
        return message;
    }

    /**
     * The id of the input the summary links to: the field path with indexes written as {@code .0.}; on a page of
     * several forms, prefixed with the form that was sent ({@code REFUSE-reason}).
     */
    public String anchor(String form, String field) {
        String id = field == null ? "" : INDEX.matcher(field).replaceAll(".$1");
        return form == null || form.isBlank() ? id : form + "-" + id;
    }

    /** The message for {@code field} among {@code errors} (for the error line under an input), or null. */
    public String error(List<FieldViolation> errors, String field) {
        if (errors == null || field == null) {
            return null;
        }
        for (FieldViolation v : errors) {
            if (field.equals(v.field())) {
                return message(v.message());
            }
        }
        return null;
    }

    static String humanise(String camel) {
        String words = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
