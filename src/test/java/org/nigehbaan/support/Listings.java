package org.nigehbaan.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Control-list listings for tests of any module, through the control list's API. */
public final class Listings {

    private Listings() {
    }

    /** The body of a proposal: notice served on the effective day. */
    public static Map<String, Object> proposal(String list, String ground, Map<String, Object> person,
                                               LocalDate effectiveFrom, String reason) {
        Map<String, Object> b = new HashMap<>();
        b.put("list", list);
        b.put("ground", ground);
        b.put("person", person);
        b.put("legalBasis", "Passports Rules 2021 r.22");
        b.put("referringAgency", "FIA");
        b.put("reason", reason);
        b.put("effectiveFrom", effectiveFrom.toString());
        b.put("noticeServedOn", effectiveFrom.toString());
        return b;
    }

    /** Proposes as {@code officer}, asserting 201; the new entry's id. */
    public static long propose(ApiClient api, String officer, Map<String, Object> proposal) {
        ApiClient.Response r = api.post(officer, "/api/v1/control-list/entries", proposal);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** Approves what waits on the entry (its proposal, an extension, a removal) as {@code approver}, asserting 200. */
    public static void approve(ApiClient api, String approver, long id) {
        ApiClient.Response r = api.post(approver, "/api/v1/control-list/entries/" + id + "/approve", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Proposed by {@code officer} and approved by {@code approver}: an active entry's id. */
    public static long listed(ApiClient api, String officer, String approver, Map<String, Object> proposal) {
        long id = propose(api, officer, proposal);
        approve(api, approver, id);
        return id;
    }
}
