package org.nigehbaan.identity.mrz;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.nigehbaan.identity.PartialDate;

/**
 * Reads the machine readable zone of a passport (TD3), identity card (TD1, TD2) or visa (MRV-A, MRV-B) as
 * ICAO Doc 9303 (8th edition) lays it out, and verifies every check digit.
 *
 * <p>Input is the MRZ lines joined by line breaks ({@code \n}, {@code \r\n} or {@code \r}); surrounding
 * whitespace, blank lines and lower case are tolerated. Two-digit years are resolved against the injected
 * clock's date as {@link MrzDates} documents.
 *
 * <p>Two entry points: {@link #read(String)} returns everything the MRZ says, failed checks included, and
 * refuses only input that is no MRZ at all; {@link #parse(String)} accepts only a valid MRZ.
 */
public final class MrzParser {

    private final Clock clock;

    public MrzParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads an MRZ whatever its check digits say.
     *
     * @throws InvalidMrzException (kind {@link MrzFailure.Kind#LAYOUT}) when the lines are not one of the
     *                             five layouts or hold characters outside {@code 0-9 A-Z <}
     */
    public MrzRecord read(String mrz) {
        List<String> lines = lines(mrz);
        MrzFormat format = formatOf(lines);
        LocalDate today = LocalDate.now(clock);
        return format == MrzFormat.TD1 ? readTd1(lines, today) : readTwoLine(format, lines, today);
    }

    /**
     * Reads an MRZ and accepts it only when valid.
     *
     * @throws InvalidMrzException naming every failed check, impossible date or layout problem
     */
    public MrzRecord parse(String mrz) {
        return read(mrz).requireValid();
    }

    /** Splits and normalises the lines: trimmed, upper case, blank lines dropped. */
    static List<String> lines(String mrz) {
        if (mrz == null || mrz.isBlank()) {
            throw InvalidMrzException.layout("the MRZ is empty");
        }
        List<String> lines = new ArrayList<>(3);
        for (String line : mrz.split("\r\n|\r|\n")) {
            String l = line.strip().toUpperCase(Locale.ROOT);
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static MrzFormat formatOf(List<String> lines) {
        MrzFormat format = switch (lines.size()) {
            case 3 -> MrzFormat.TD1;
            case 2 -> twoLineFormat(lines);
            default -> throw InvalidMrzException.layout("an MRZ has 2 lines (TD2, TD3, visas) or 3 lines (TD1), not "
                    + lines.size());
        };
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() != format.width()) {
                throw InvalidMrzException.layout("line " + (i + 1) + " has " + line.length() + " characters; every line of a "
                        + format.label() + " MRZ has " + format.width());
            }
            for (int p = 0; p < line.length(); p++) {
                if (!MrzCheckDigit.isMrzCharacter(line.charAt(p))) {
                    throw InvalidMrzException.layout("line " + (i + 1) + " position " + (p + 1) + ": '" + line.charAt(p)
                            + "' is not an MRZ character (0-9, A-Z, <)");
                }
            }
        }
        return format;
    }

    private static MrzFormat twoLineFormat(List<String> lines) {
        int width = lines.get(0).length();
        boolean visa = lines.get(0).charAt(0) == 'V';
        if (width == 44) {
            return visa ? MrzFormat.MRV_A : MrzFormat.TD3;
        }
        if (width == 36) {
            return visa ? MrzFormat.MRV_B : MrzFormat.TD2;
        }
        throw InvalidMrzException.layout("line 1 has " + width
                + " characters; a 2-line MRZ has 36 (TD2, MRV-B) or 44 (TD3, MRV-A) per line");
    }

    private static MrzRecord readTd1(List<String> lines, LocalDate today) {
        String l1 = lines.get(0);
        String l2 = lines.get(1);
        Checks checks = new Checks();

        String documentNumber;
        String optionalData1;
        if (l1.charAt(14) == '<') {
            // Long document number (Part 5 §4.2.4): positions 6-14 hold its first 9 characters, the rest
            // continues in optional data 1 up to the first filler, its last character being the check digit.
            String optional = l1.substring(15);
            int end = optional.indexOf('<');
            int continuation = end < 0 ? optional.length() : end;
            if (continuation == 0) {
                documentNumber = trimFiller(l1.substring(5, 14));
                checks.verify(MrzCheck.DOCUMENT_NUMBER, l1.substring(5, 14), '<');
                optionalData1 = trimFiller(optional);
            } else {
                String digits = l1.substring(5, 14) + optional.substring(0, continuation - 1);
                documentNumber = digits;
                char found = optional.charAt(continuation - 1);
                if (!checks.verify(MrzCheck.DOCUMENT_NUMBER, digits, found)
                        && MrzCheckDigit.of(l1.substring(5, 15) + optional.substring(0, continuation - 1)) == found) {
                    // Some Belgian cards (PRADO BEL-BO-03003) compute it over the filler too; Doc 9303 does not.
                    checks.note(MrzCheck.DOCUMENT_NUMBER, "it would match if the filler at line 1 position 15 were"
                            + " counted, as some Belgian cards do; ICAO 9303 excludes it");
                }
                optionalData1 = continuation + 1 >= optional.length() ? "" : trimFiller(optional.substring(continuation + 1));
            }
        } else {
            documentNumber = trimFiller(l1.substring(5, 14));
            checks.verify(MrzCheck.DOCUMENT_NUMBER, l1.substring(5, 14), l1.charAt(14));
            optionalData1 = trimFiller(l1.substring(15));
        }
        checks.verify(MrzCheck.BIRTH_DATE, l2.substring(0, 6), l2.charAt(6));
        checks.verify(MrzCheck.EXPIRY_DATE, l2.substring(8, 14), l2.charAt(14));
        checks.verify(MrzCheck.COMPOSITE,
                l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29), l2.charAt(29));

        return build(MrzFormat.TD1, lines, today, checks,
                l1.substring(0, 2), l1.substring(2, 5), documentNumber, MrzName.parse(lines.get(2)),
                l2.substring(15, 18), l2.substring(0, 6), l2.charAt(7), l2.substring(8, 14),
                optionalData1, trimFiller(l2.substring(18, 29)), "");
    }

    private static MrzRecord readTwoLine(MrzFormat format, List<String> lines, LocalDate today) {
        String l1 = lines.get(0);
        String l2 = lines.get(1);
        int width = format.width();
        Checks checks = new Checks();
        checks.verify(MrzCheck.DOCUMENT_NUMBER, l2.substring(0, 9), l2.charAt(9));
        checks.verify(MrzCheck.BIRTH_DATE, l2.substring(13, 19), l2.charAt(19));
        checks.verify(MrzCheck.EXPIRY_DATE, l2.substring(21, 27), l2.charAt(27));

        String optionalData = "";
        String personalNumber = "";
        switch (format) {
            case TD3 -> {
                String personal = l2.substring(28, 42);
                personalNumber = trimFiller(personal);
                char found = l2.charAt(42);
                // Part 4 §4.2.2: an empty personal number may have its check digit written as a filler or zero.
                boolean emptyAllowed = personalNumber.isEmpty() && (found == '<' || found == '0');
                checks.verify(MrzCheck.PERSONAL_NUMBER, personal, found, emptyAllowed);
                checks.verify(MrzCheck.COMPOSITE, l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43),
                        l2.charAt(43));
            }
            case TD2 -> {
                optionalData = trimFiller(l2.substring(28, 35));
                checks.verify(MrzCheck.COMPOSITE, l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 35),
                        l2.charAt(35));
            }
            default -> optionalData = trimFiller(l2.substring(28, width));
        }
        return build(format, lines, today, checks,
                l1.substring(0, 2), l1.substring(2, 5), trimFiller(l2.substring(0, 9)), MrzName.parse(l1.substring(5)),
                l2.substring(10, 13), l2.substring(13, 19), l2.charAt(20), l2.substring(21, 27),
                optionalData, "", personalNumber);
    }

    private static MrzRecord build(MrzFormat format, List<String> lines, LocalDate today, Checks checks,
                                   String documentCode, String issuingState, String documentNumber, MrzName name,
                                   String nationality, String birthField, char sex, String expiryField,
                                   String optionalData1, String optionalData2, String personalNumber) {
        List<MrzFailure> failures = new ArrayList<>();
        for (MrzCheckResult c : checks.results) {
            if (!c.passed()) {
                String note = checks.notes.get(c.check());
                failures.add(new MrzFailure(c.check().key(), MrzFailure.Kind.CHECK_DIGIT,
                        "check digit '" + c.found() + "' does not match: the " + describe(format, c.check()) + " gives "
                                + c.computed() + (note == null ? "" : " (" + note + ")")));
            }
        }
        PartialDate birthDate = null;
        try {
            birthDate = MrzDates.birthDate(birthField, today);
        } catch (IllegalArgumentException e) {
            failures.add(new MrzFailure(MrzCheck.BIRTH_DATE.key(), MrzFailure.Kind.DATE, "birth date " + e.getMessage()));
        }
        LocalDate expiryDate = null;
        try {
            expiryDate = MrzDates.expiryDate(expiryField, today);
        } catch (IllegalArgumentException e) {
            failures.add(new MrzFailure(MrzCheck.EXPIRY_DATE.key(), MrzFailure.Kind.DATE,
                    (format.isVisa() ? "valid-until date " : "expiry date ") + e.getMessage()));
        }
        if (sex != 'M' && sex != 'F' && sex != 'X' && sex != '<') {
            failures.add(new MrzFailure("sex", MrzFailure.Kind.SEX, "'" + sex + "' is not a sex: use M, F, X or <"));
        }
        return new MrzRecord(format, lines, trimFiller(documentCode), trimFiller(issuingState), documentNumber, name,
                trimFiller(nationality), birthField, birthDate, String.valueOf(sex), expiryField, expiryDate,
                optionalData1, optionalData2, personalNumber, checks.results, failures);
    }

    private static String describe(MrzFormat format, MrzCheck check) {
        return switch (check) {
            case DOCUMENT_NUMBER -> "document number";
            case BIRTH_DATE -> "birth date";
            case EXPIRY_DATE -> format.isVisa() ? "valid-until date" : "expiry date";
            case PERSONAL_NUMBER -> "personal number";
            case COMPOSITE -> "composite of document number, dates and optional data";
        };
    }

    /** Removes trailing fillers; leading and inner ones are data ({@code 123456<AA}). */
    static String trimFiller(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }

    private static final class Checks {
        private final List<MrzCheckResult> results = new ArrayList<>(5);
        private final Map<MrzCheck, String> notes = new EnumMap<>(MrzCheck.class);

        boolean verify(MrzCheck check, String data, char found) {
            return verify(check, data, found, false);
        }

        boolean verify(MrzCheck check, String data, char found, boolean alsoAccepted) {
            char computed = MrzCheckDigit.of(data);
            boolean passed = alsoAccepted || found == computed;
            results.add(new MrzCheckResult(check, data, found, computed, passed));
            return passed;
        }

        void note(MrzCheck check, String note) {
            notes.put(check, note);
        }
    }
}
