package org.nigehbaan.identity.mrz;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.PersonInput;

/**
 * What an MRZ says, field by field, with the outcome of every check. Text fields are as printed with
 * trailing fillers removed (inner and leading {@code <} kept, as in {@code 123456<AA}).
 *
 * @param format          the layout
 * @param lines           the normalised lines (upper case, trimmed)
 * @param documentCode    {@code P}, {@code ID}, {@code I}, {@code V}, {@code VB}, ... (line 1, positions 1-2)
 * @param issuingState    as printed: ISO 3166 alpha-3, ICAO codes ({@code UTO}, {@code XXA}) or {@code D}
 * @param documentNumber  the document number; for a TD1 long document number (position 15 {@code <}) the
 *                        9 characters of positions 6-14 followed by the continuation from optional data 1
 * @param name            primary and secondary identifiers
 * @param nationality     as printed, like {@code issuingState}
 * @param birthDateField  the six characters of the birth date ({@code YYMMDD}, {@code <<} for unknown parts)
 * @param birthDate       the resolved birth date, partial when month or day is unknown; {@code null} when the
 *                        field is not a date (then {@link #failures()} says so)
 * @param sex             {@code M}, {@code F}, {@code X} or {@code <} (unspecified) as printed
 * @param expiryDateField the six characters of the expiry ("valid until" for visas) date
 * @param expiryDate      the resolved expiry date, {@code null} when the field is not a date
 * @param optionalData1   TD1: line 1 optional data (after any long-document-number continuation);
 *                        TD2, MRV-A, MRV-B: the optional data of line 2; TD3: empty
 * @param optionalData2   TD1: line 2 optional data; otherwise empty
 * @param personalNumber  TD3: personal number or other optional data (line 2, positions 29-42); otherwise empty
 * @param checks          every check digit of the format, in the order of {@link MrzCheck}
 * @param failures        failed checks, impossible dates and a bad sex field; empty when the MRZ is valid
 */
public record MrzRecord(MrzFormat format, List<String> lines, String documentCode, String issuingState,
                        String documentNumber, MrzName name, String nationality,
                        String birthDateField, PartialDate birthDate, String sex,
                        String expiryDateField, LocalDate expiryDate,
                        String optionalData1, String optionalData2, String personalNumber,
                        List<MrzCheckResult> checks, List<MrzFailure> failures) {

    public MrzRecord {
        lines = List.copyOf(lines);
        checks = List.copyOf(checks);
        failures = List.copyOf(failures);
    }

    /** True when every check digit matches, both dates are calendar dates and the sex field is legal. */
    public boolean isValid() {
        return failures.isEmpty();
    }

    /** This record when valid; otherwise an {@link InvalidMrzException} naming every failure. */
    public MrzRecord requireValid() {
        if (!failures.isEmpty()) {
            throw new InvalidMrzException(failures);
        }
        return this;
    }

    /** The outcome of one check, empty when the format has no such check digit. */
    public Optional<MrzCheckResult> check(MrzCheck check) {
        return checks.stream().filter(c -> c.check() == check).findFirst();
    }

    /** M, F, or X for both {@code X} and the unspecified filler {@code <}; empty for an illegal character. */
    public Optional<Gender> gender() {
        return switch (sex) {
            case "M" -> Optional.of(Gender.M);
            case "F" -> Optional.of(Gender.F);
            case "X", "<" -> Optional.of(Gender.X);
            default -> Optional.empty();
        };
    }

    /** The issuing state as a {@link Country} ({@code D} is Germany), empty for codes that are no country. */
    public Optional<Country> issuingCountry() {
        return country(issuingState);
    }

    /** The nationality as a {@link Country} ({@code D} is Germany), empty for codes that are no country. */
    public Optional<Country> nationalityCountry() {
        return country(nationality);
    }

    /** The document number as a {@link PassportNumber}, empty when it does not look like one. */
    public Optional<PassportNumber> passportNumber() {
        try {
            return Optional.of(PassportNumber.parse(documentNumber));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The traveller as the API's person shape, for screening; only fields that are valid are filled. */
    public PersonInput toPersonInput() {
        return new PersonInput(name.fullName(), List.of(), null, null,
                birthDate == null ? null : birthDate.toString(),
                gender().map(Gender::name).orElse(null),
                nationalityCountry().map(Country::code).orElse(null),
                null,
                passportNumber().map(p -> List.of(p.value())).orElse(List.of()));
    }

    private static Optional<Country> country(String code) {
        try {
            return Optional.of(Country.parse(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
