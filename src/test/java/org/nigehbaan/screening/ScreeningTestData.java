package org.nigehbaan.screening;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.nigehbaan.identity.mrz.MrzCheckDigit;
import org.nigehbaan.support.Listings;

/** Listed people and travellers for screening tests: fresh identifiers every time, so tests never collide. */
final class ScreeningTestData {

    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000, 9_000));

    private ScreeningTestData() {
    }

    static String freshCnic() {
        int n = SEQ.incrementAndGet();
        return String.format("61101-%07d-%d", n * 7 + ThreadLocalRandom.current().nextInt(7), 1 + 2 * (n % 4));
    }

    static String freshPassport() {
        return String.format("PK%07d", SEQ.incrementAndGet() * 13 + ThreadLocalRandom.current().nextInt(13));
    }

    static Map<String, Object> person(String fullName, String dob, String cnic, String passport) {
        Map<String, Object> p = new HashMap<>();
        p.put("fullName", fullName);
        p.put("aliases", List.of());
        p.put("dateOfBirth", dob);
        p.put("gender", "M");
        p.put("nationality", "PAK");
        if (cnic != null) {
            p.put("cnic", cnic);
        }
        p.put("passportNumbers", passport == null ? List.of() : List.of(passport));
        return p;
    }

    static Map<String, Object> proposal(String list, String ground, Map<String, Object> person, LocalDate from) {
        return Listings.proposal(list, ground, person, from, "Screening test listing");
    }

    /** A valid TD3 passport MRZ (ICAO 9303 check digits) for a Pakistani traveller. */
    static String td3(String surname, String given, String passport, String yymmdd, char sex) {
        String name = (surname + "<<" + given.replace(' ', '<')).toUpperCase();
        String line1 = pad("P<PAK" + name, 44);
        String doc = pad(passport, 9);
        String expiry = "301231";
        String personal = pad("", 14);
        String line2 = doc + MrzCheckDigit.of(doc) + "PAK" + yymmdd + MrzCheckDigit.of(yymmdd) + sex + expiry
                + MrzCheckDigit.of(expiry) + personal + MrzCheckDigit.of(personal);
        String composite = doc + MrzCheckDigit.of(doc) + yymmdd + MrzCheckDigit.of(yymmdd) + expiry
                + MrzCheckDigit.of(expiry) + personal + MrzCheckDigit.of(personal);
        return line1 + "\n" + line2 + MrzCheckDigit.of(composite);
    }

    private static String pad(String s, int n) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < n) {
            sb.append('<');
        }
        return sb.substring(0, n);
    }
}
