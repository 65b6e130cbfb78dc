package org.nigehbaan.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.nigehbaan.identity.PersonInput;

/** Registration bodies for tests, each with a fresh CNIC and passport so that tests never collide. */
public final class RegisterTestData {

    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 900_000));

    private RegisterTestData() {
    }

    /** A CNIC no other test uses: 13 digits, odd last digit (male). */
    static String freshCnic() {
        int n = SEQ.incrementAndGet();
        return String.format("35%03d-%07d-%d", ThreadLocalRandom.current().nextInt(1000), n, 1 + 2 * (n % 5));
    }

    static String freshPassport() {
        return String.format("AB%07d", SEQ.incrementAndGet());
    }

    static Map<String, Object> person(String fullName, String dateOfBirth) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("fullName", fullName);
        p.put("aliases", List.of());
        p.put("fatherName", "Ghulam Rasool");
        p.put("dateOfBirth", dateOfBirth);
        p.put("gender", "M");
        p.put("nationality", "PAK");
        p.put("cnic", freshCnic());
        p.put("passportNumbers", List.of(freshPassport()));
        return p;
    }

    public static Map<String, Object> conviction(String offence, LocalDate on, String disposal, Integer length, String unit) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("offence", offence);
        c.put("court", "Sessions Court Lahore");
        c.put("convictedOn", on.toString());
        c.put("disposal", disposal);
        if (length != null || unit != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("length", length);
            s.put("unit", unit);
            c.put("sentence", s);
        }
        return c;
    }

    static Map<String, Object> address(String line1) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("kind", "HOME");
        a.put("line1", line1);
        a.put("city", "Lahore");
        a.put("district", "Lahore");
        a.put("postcode", "54000");
        return a;
    }

    /** A registration in {@code district}: one conviction, one address. */
    public static Map<String, Object> registration(String fullName, String district, Map<String, Object> conviction) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("person", person(fullName, "1980-04-12"));
        r.put("photoRef", "NADRA-IMG:" + SEQ.incrementAndGet());
        r.put("biometricRefs", List.of("NADRA-AFIS:" + SEQ.incrementAndGet()));
        r.put("addresses", new ArrayList<>(List.of(address("House 12, Street 4, Samanabad"))));
        r.put("convictions", new ArrayList<>(List.of(conviction)));
        r.put("riskLevel", 2);
        r.put("riskReason", "Offence against a child; assessed by the district MAPPA-style panel");
        r.put("station", Map.of("name", "PS Samanabad", "district", district));
        return r;
    }

    /** The same registration as the typed input the service takes. */
    @SuppressWarnings("unchecked")
    static NewRegistrant typed(Map<String, Object> r) {
        Map<String, Object> p = (Map<String, Object>) r.get("person");
        PersonInput person = new PersonInput((String) p.get("fullName"), (List<String>) p.get("aliases"), null,
                (String) p.get("fatherName"), (String) p.get("dateOfBirth"), (String) p.get("gender"),
                (String) p.get("nationality"), (String) p.get("cnic"), (List<String>) p.get("passportNumbers"));
        List<AddressInput> addresses = ((List<Map<String, Object>>) r.get("addresses")).stream()
                .map(a -> new AddressInput((String) a.get("kind"), (String) a.get("line1"), null, (String) a.get("city"),
                        (String) a.get("district"), (String) a.get("postcode"), null)).toList();
        List<ConvictionInput> convictions = ((List<Map<String, Object>>) r.get("convictions")).stream()
                .map(c -> {
                    Map<String, Object> s = (Map<String, Object>) c.get("sentence");
                    return new ConvictionInput((String) c.get("offence"), (String) c.get("court"),
                            (String) c.get("convictedOn"), (String) c.get("disposal"),
                            s == null ? null : new SentenceInput((Integer) s.get("length"), (String) s.get("unit")),
                            (Integer) c.get("ageAtConviction"));
                }).toList();
        Map<String, String> station = (Map<String, String>) r.get("station");
        return new NewRegistrant(person, (String) r.get("photoRef"), (List<String>) r.get("biometricRefs"), addresses,
                convictions, (Integer) r.get("riskLevel"), (String) r.get("riskReason"),
                new StationInput(station.get("name"), station.get("district")), (String) r.get("releasedOn"));
    }
}
