package org.nigehbaan.childprotection;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.childprotection.internal.ChildReportProperties;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Axe;
import org.nigehbaan.support.Browser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The public form in English and in Urdu (right to left), and an officer triaging from the queue, in Chromium. */
@IntegrationTest
@Tag("browser")
class ChildReportsBrowserTests {

    static final String REFERENCE = "CR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}";

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;
    @Autowired
    org.nigehbaan.support.MutableClock clock;

    @Test
    void aMemberOfThePublicReportsInEnglishAndAddsInformationWithTheReference() {
        try (Browser b = Browser.open(api.baseUrl())) {
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844)); // a phone
            b.go("/report?lang=en");
            assertThat(b.driver().findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
            assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("nothing wider than a phone's screen").isLessThanOrEqualTo(0L);
            b.screenshot("childreports-public-form-phone");
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
            assertThat(b.text("danger-now")).contains("1799");
            b.select("incidentType", "SEXTORTION").select("victimAgeBand", "AGE_13_15").click("sextortion")
                    .type("platform", "PhotoApp")
                    .type("description", "A man says he will post my sister's pictures unless she pays him.")
                    .type("suspectAccounts", "@" + ChildReportTestData.uniqueId("browser"))
                    .screenshot("childreports-public-form-en").submit("send-report");
            String reference = b.waitFor(By.id("reference")).getText();
            assertThat(reference).matches(REFERENCE);
            b.screenshot("childreports-received-en").submit("add-more");
            assertThat(b.driver().findElement(By.id("reference")).getDomProperty("value")).isEqualTo(reference);
            b.type("information", "He messaged again this morning.").submit("send-addition");
            assertThat(b.text("added")).contains("added");
        }
    }

    @Test
    void thePublicFormPassesAxeInEnglishAndUrdu() {
        for (String lang : java.util.List.of("en", "ur")) {
            try (Browser b = Browser.open(api.baseUrl())) {
                b.go("/report?lang=" + lang);
                assertThat(Axe.violations(b)).as(lang + " form").isEmpty();
                assertThat(b.driver().findElement(By.id("other-language")).getDomAttribute("lang"))
                        .as("the other language's name is marked in its language").isEqualTo(lang.equals("en") ? "ur" : "en");
                b.submit("send-report"); // nothing filled in: the error summary and the fields' errors
                assertThat(b.driver().findElements(By.id("error-summary"))).as(lang + " errors shown").hasSize(1);
                assertThat(Axe.violations(b)).as(lang + " form with errors").isEmpty();
                b.select("incidentType", "HARASSMENT").type("description", "Threatening messages to a 14-year-old.")
                        .submit("send-report");
                b.waitFor(By.id("reference"));
                assertThat(Axe.violations(b)).as(lang + " reference page").isEmpty();
                b.submit("add-more");
                assertThat(Axe.violations(b)).as(lang + " adding information").isEmpty();
            }
        }
    }

    @Test
    void theUrduFormReadsRightToLeftAndGivesAReference() {
        try (Browser b = Browser.open(api.baseUrl())) {
            b.go("/report?lang=ur");
            assertThat(b.driver().findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(b.driver().findElement(By.tagName("h1")).getText()).isEqualTo("کسی بچے کو آن لائن نقصان کی اطلاع دیں");
            assertThat(b.driver().findElement(By.id("send-report")).getText()).isEqualTo("رپورٹ بھیجیں");
            b.select("incidentType", "HARASSMENT").type("description", "ایک شخص میری بیٹی کو روزانہ پیغامات بھیجتا ہے۔")
                    .screenshot("childreports-public-form-ur").submit("send-report");
            assertThat(b.waitFor(By.id("reference")).getText()).matches(REFERENCE);
            assertThat(b.pageText()).contains("رپورٹ موصول ہو گئی");
            b.screenshot("childreports-received-ur");
        }
    }

    @Test
    void anOfficerTriagesAnOverdueReportFromTheHeadOfTheQueue() {
        String officer = users.user("cpo.browser", "NCCIA", null, Role.CHILD_PROTECTION_OFFICER).username();
        users.user("platform.browser", "Hotline", null, Role.PLATFORM_REPORTER);
        java.util.Map<String, Object> body = ChildReportTestData.report();
        ChildReportTestData.urgent(body).put("grooming", true);
        // Received in 1999, before any other test's clock: due first, so it heads the queue however full it is.
        clock.set(java.time.Instant.parse("1999-12-31T08:00:00Z"));
        String reference;
        try {
            reference = api.post("platform.browser", "/api/v1/child-reports", body).json().get("reference").asString();
        } finally {
            clock.reset();
        }
        try (Browser b = Browser.open(api.baseUrl())) {
            b.signIn(officer, TestUsers.PASSWORD).go("/child-reports?grade=HIGH");
            assertThat(b.text("row-" + reference)).contains("High", "Overdue");
            b.screenshot("childreports-queue").submit(b.driver().findElement(By.linkText(reference)));
            assertThat(b.text("reference")).isEqualTo(reference);
            assertThat(b.text("description")).contains("group chat");
            for (var q : ChildReportProperties.DEFAULT_QUESTIONS) {
                b.click("q-" + q.id() + (q.id().equals("liveAbuse") ? "-yes" : "-no"));
            }
            b.screenshot("childreports-report").submit("triage");
            assertThat(b.text("done-banner")).contains("Triage saved");
            assertThat(b.text("status")).isEqualTo("Triaged");
            assertThat(b.pageText()).contains("Very high", "Triaged late");
            b.select("action", "REFERRED_TO_POLICE").type("note", "Sent to PS Gulberg").submit("record-action");
            assertThat(b.text("status")).isEqualTo("Closed");
            assertThat(b.text("timeline")).contains("Referred to police", "Sent to PS Gulberg");
        }
    }
}
