package org.nigehbaan.programme;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Browser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.MutableClock;
import org.nigehbaan.support.TestUsers;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An analyst reads the dashboard in Chromium: filters, headline figures, charts beside their tables, definitions. */
@IntegrationTest
class ProgrammeBrowserTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAnalystFiltersThePeriodAndFollowsAFigureToItsDefinition() throws Exception {
        String analyst = users.user(Role.ANALYST).username();
        String caseOfficer = users.user(Role.CASE_OFFICER).username();
        // Six cases in a month of their own: the dashboard shows 6 opened, and "<5" for what is smaller.
        LocalDate day = LocalDate.of(2018, 7, 10);
        clock.set(day.atTime(10, 0).atZone(org.nigehbaan.common.ReportingPeriod.ZONE).toInstant());
        for (int i = 0; i < 6; i++) {
            ApiClient.Response r = api.post(caseOfficer, "/api/v1/cooperation/cases", Map.of("type", "NARCOTICS",
                    "direction", "INCOMING", "summary", "Browser test case", "offence", "Trafficking",
                    "subjects", java.util.List.of(Map.of("fullName", ProgrammeSeed.name()))));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        clock.set(day.plusMonths(2).atTime(10, 0).atZone(org.nigehbaan.common.ReportingPeriod.ZONE).toInstant());
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn(analyst, TestUsers.PASSWORD);
            b.go("/programme");
            assertThat(b.pageText()).contains("Programme figures");
            b.type("from", "1").type("from-month", "7").type("from-year", "2018")
                    .type("to", "31").type("to-month", "7").type("to-year", "2018");
            b.submit("show");
            assertThat(b.text("period")).contains("2018-07-01").contains("2018-07-31").contains("All Pakistan");
            assertThat(b.driver().findElement(By.id("figure-cooperation.opened")).getText()).contains("6");
            assertThat(b.driver().findElement(By.id("figure-cooperation.closed")).getText()).contains("<5");
            assertThat(b.driver().findElements(By.cssSelector("#section-cooperation svg"))).isNotEmpty();
            assertThat(b.driver().findElement(By.id("table-cooperation.byMonth")).getText()).contains("2018-07");
            b.screenshot("programme-dashboard");
            b.select("district", "Lahore");
            b.submit("show");
            assertThat(b.text("period")).contains("Lahore");
            b.submit(b.driver().findElement(By.xpath("//*[@id='figure-screening.stopRate']//a")));
            assertThat(b.driver().getCurrentUrl()).endsWith("/programme/definitions#screening.stopRate");
            assertThat(b.driver().findElement(By.id("screening.stopRate")).getText()).contains("share of all screenings");
        }
    }

    @Test
    void anOfficerWithoutTheRoleIsRefused() throws Exception {
        String officer = users.user(Role.BORDER_OFFICER).username();
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn(officer, TestUsers.PASSWORD);
            b.go("/programme");
            assertThat(b.pageText()).doesNotContain("Programme figures").contains("You cannot see this page");
            assertThat(b.driver().findElements(By.id("figure-screening.screenings"))).isEmpty();
        }
    }
}
