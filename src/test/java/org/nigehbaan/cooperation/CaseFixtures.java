package org.nigehbaan.cooperation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nigehbaan.support.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies for cooperation tests, with names unique to each call (the database is shared). */
final class CaseFixtures {

    static final String CASES = "/api/v1/cooperation/cases";

    private CaseFixtures() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> person(String fullName) {
        Map<String, Object> p = new HashMap<>();
        p.put("fullName", fullName);
        p.put("fatherName", "Muhammad Aslam");
        p.put("dateOfBirth", "1988-04");
        p.put("gender", "M");
        p.put("nationality", "PAK");
        p.put("cnic", "35202-1234567-1");
        p.put("passportNumbers", List.of("AB1234567"));
        return p;
    }

    static Map<String, Object> newCase(String type, String direction, String subjectName) {
        Map<String, Object> c = new HashMap<>();
        c.put("type", type);
        c.put("direction", direction);
        c.put("summary", "Evidence of bank transfers between 2021 and 2023");
        List<Object> subjects = new ArrayList<>();
        if (subjectName != null) {
            subjects.add(person(subjectName));
        }
        c.put("subjects", subjects);
        switch (type) {
            case "EXTRADITION" -> c.put("offence", "Murder (PPC s.302)");
            case "CRIMINAL_RECORD" -> c.put("criminalRecord", Map.of("purpose", "Criminal proceedings"));
            case "RETURN" -> c.put("return", Map.of("removedForIllegalMigration", true, "travelDocument",
                    Map.of("kind", "EMERGENCY_TRAVEL_DOCUMENT", "number", "ETD7654321", "issuingCountry", "PAK",
                            "expiresOn", "2099-01-01")));
            default -> c.put("offence", "Money laundering");
        }
        return c;
    }

    static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> m = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Opens a case as {@code officer}, asserting 201; returns the case as JSON. */
    static JsonNode open(ApiClient api, String officer, Map<String, Object> body) {
        ApiClient.Response r = api.post(officer, CASES, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** Takes a step, asserting 200; returns the case as JSON. */
    static JsonNode step(ApiClient api, String officer, long id, String step, Object body) {
        ApiClient.Response r = api.post(officer, CASES + "/" + id + "/" + step, body == null ? Map.of() : body);
        assertThat(r.status()).as(step + ": " + r.body()).isEqualTo(200);
        return r.json();
    }
}
