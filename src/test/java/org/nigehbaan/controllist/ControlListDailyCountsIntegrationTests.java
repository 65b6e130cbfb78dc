package org.nigehbaan.controllist;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.Listings;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-day counts behind the control lists' figures (cl_entry_day, cl_deportee_day, kept by triggers on
 * cl_entry) agree with a recount of the entries after every way an entry is written: proposal, approval,
 * extension, removal, and a bulk import's insert and update. The recount restates the rule in plain SQL.
 */
@IntegrationTest
class ControlListDailyCountsIntegrationTests {

    static final String RECOUNT = """
            with e as (
                select list, ground, effective_from, activated_at,
                       case when status = 'REMOVED' then ended_at when status in ('ACTIVE', 'EXPIRED') then expires_at end as ends_at
                from cl_entry where activated_at is not null),
            marks as (
                select (activated_at at time zone 'Asia/Karachi')::date as day, list, ground, 1 as listed, 0 as ended from e
                union all
                select (greatest(activated_at, ends_at) at time zone 'Asia/Karachi')::date, list, ground, 0, 1
                from e where ends_at is not null)
            select day || ' ' || list || ' ' || ground || ' ' || sum(listed) || ' ' || sum(ended)
            from marks group by day, list, ground""";

    static final String RECOUNT_DEPORTEES = """
            select d || ' ' || least(greatest(d - effective_from, -1), 367) || ' ' || count(*)
            from (select (activated_at at time zone 'Asia/Karachi')::date as d, effective_from from cl_entry
                  where ground = 'DEPORTED_ILLEGAL_MIGRATION' and activated_at is not null) x
            group by d, least(greatest(d - effective_from, -1), 367)""";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePerDayCountsAgreeWithARecountAfterEveryKindOfWrite() {
        String officer = users.user(Role.LIST_OFFICER).username();
        String approver = users.user(Role.LIST_APPROVER).username();
        String approver2 = users.user("list_approver_2", Role.LIST_APPROVER).username();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Karachi"));
        String tag = UUID.randomUUID().toString().substring(0, 8);

        long deportee = propose(officer, "PCL", "DEPORTED_ILLEGAL_MIGRATION", "Daily Count Deportee " + tag,
                today.minusDays(40));
        approve(approver, deportee);
        long ecl = propose(officer, "ECL", "HUMAN_TRAFFICKING", "Daily Count Trafficker " + tag, today);
        approve(approver, ecl);
        assertThat(api.post(officer, "/api/v1/control-list/entries/" + ecl + "/extend",
                Map.of("expiresOn", today.plusDays(200).toString(), "reason", "investigation continues")).status())
                .isEqualTo(200);
        approve(approver2, ecl);
        assertThat(api.post(officer, "/api/v1/control-list/entries/" + deportee + "/remove",
                Map.of("reason", "court order")).status()).isEqualTo(200);
        approve(approver, deportee);

        String header = ImportCsvGenerator.HEADER + "\n";
        String rows = "DC-" + tag + "-1,PCL,DEPORTED_ILLEGAL_MIGRATION,Imported Count One,,1980,M,PAK,,,"
                + today.minusDays(10) + ",,Passports Rules 2021 r.22,Deported\n"
                + "DC-" + tag + "-2,PCL,DEPORTED_ILLEGAL_MIGRATION,Imported Count Two,,1981,M,PAK,,,"
                + today.minusDays(400) + ",,Passports Rules 2021 r.22,Deported\n";
        assertThat(importCsv(header + rows).get("imported")).isEqualTo(2);
        assertThat(importCsv(header + rows.replace("Imported Count", "Imported Recount")).get("updated")).isEqualTo(2);

        assertThat(jdbc.sql("select day || ' ' || list || ' ' || ground || ' ' || listed || ' ' || ended "
                + "from cl_entry_day where listed <> 0 or ended <> 0").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(jdbc.sql(RECOUNT).query(String.class).list());
        assertThat(jdbc.sql("select day || ' ' || lag || ' ' || listed from cl_deportee_day where listed <> 0")
                .query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(jdbc.sql(RECOUNT_DEPORTEES).query(String.class).list());
        assertThat(jdbc.sql("select count(*) from cl_deportee_day where day = ? and lag = 367").param(today)
                .query(Long.class).single()).as("listed more than a year after deportation").isPositive();
    }

    private long propose(String officer, String list, String ground, String name, LocalDate effectiveFrom) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", name);
        person.put("dateOfBirth", "1984-03-02");
        person.put("nationality", "PAK");
        return Listings.propose(api, officer, Listings.proposal(list, ground, person, effectiveFrom, "Daily counts test"));
    }

    private void approve(String approver, long id) {
        Listings.approve(api, approver, id);
    }

    /** Stages the file as the administrator and approves it as a list approver (a second person). */
    private Map<String, Object> importCsv(String csv) {
        ApiClient.Response staged = api.postRaw("admin", "/api/v1/control-list/imports?approvalReference=DC-TEST", csv,
                "text/csv");
        assertThat(staged.status()).as(staged.body()).isEqualTo(202);
        ApiClient.Response r = api.post(users.user(Role.LIST_APPROVER).username(),
                "/api/v1/control-list/imports/" + staged.json().get("importId").asLong() + "/approve",
                Map.of("comment", "checked"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> out = new HashMap<>();
        r.json().properties().forEach(e -> out.put(e.getKey(), e.getValue().isNumber() ? e.getValue().asInt() : null));
        return out;
    }
}
