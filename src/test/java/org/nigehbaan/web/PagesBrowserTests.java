package org.nigehbaan.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.Axe;
import org.nigehbaan.support.Browser;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.nigehbaan.support.Viewport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' pages in English and in Urdu at 1366 px: a screenshot of each (target/screenshots/ui-*), no
 * horizontal scroll, no untranslated message key, right-to-left in Urdu with the served Urdu font; and the
 * counter and the control-list approval queue pass axe-core's WCAG 2.2 AA rules in both languages.
 */
@IntegrationTest
@Tag("browser")
class PagesBrowserTests {

    static final String USER = "ui.officer";
    static final String DISTRICT = "UI Pages District";

    /** One page of each module, and the counter; path → name of the screenshot. */
    static final Map<String, String> PAGES = new java.util.LinkedHashMap<>();

    static {
        PAGES.put("/", "home");
        PAGES.put("/screening", "counter");
        PAGES.put("/screening/manifest", "manifest");
        PAGES.put("/control-list", "control-list");
        PAGES.put("/control-list/approvals", "approvals");
        PAGES.put("/control-list/new", "propose");
        PAGES.put("/register", "register-duties");
        PAGES.put("/register/registrants/new", "register-new");
        PAGES.put("/cooperation", "cooperation-cases");
        PAGES.put("/cooperation/cases/new?type=RETURN", "cooperation-new-case");
        PAGES.put("/audit", "audit");
        PAGES.put("/control-list/imports", "control-list-imports");
        PAGES.put("/screening/redress", "redress");
        PAGES.put("/screening/log", "screening-log");
        PAGES.put("/child-reports", "child-reports");
        PAGES.put("/report", "public-report");
        PAGES.put("/programme", "programme");
    }

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void everyModulesPageFitsAt1366InBothLanguagesWithEveryKeyTranslated() {
        prepare();
        for (String lang : List.of("en", "ur")) {
            try (Browser b = Browser.open(api.baseUrl())) {
                b.signIn(USER, TestUsers.PASSWORD);
                Viewport.resize(b, 1366, 900);
                b.go("/?lang=" + lang);
                List<String> problems = new ArrayList<>();
                for (Map.Entry<String, String> page : PAGES.entrySet()) {
                    b.go(page.getKey());
                    waitForFonts(b);
                    b.screenshot("ui-" + lang + "-" + page.getValue());
                    String html = b.driver().getPageSource();
                    long overflow = Viewport.horizontalOverflow(b);
                    if (overflow > 0) {
                        problems.add(lang + " " + page.getKey() + " is " + overflow + " px wider than 1366");
                    }
                    if (html.contains("??")) {
                        int i = html.indexOf("??");
                        problems.add(lang + " " + page.getKey() + " shows an untranslated key near "
                                + html.substring(Math.max(0, i - 40), Math.min(html.length(), i + 60)));
                    }
                    String dir = b.driver().findElement(By.tagName("html")).getDomAttribute("dir");
                    if (!dir.equals(lang.equals("ur") ? "rtl" : "ltr")) {
                        problems.add(lang + " " + page.getKey() + " has dir=" + dir);
                    }
                }
                if (lang.equals("ur")) {
                    Object fontLoaded = ((JavascriptExecutor) b.driver()).executeScript(
                            "return document.fonts.check('16px \"Noto Nastaliq Urdu\"', 'نگہبان');");
                    assertThat(fontLoaded).as("the application serves the Urdu webfont").isEqualTo(true);
                    assertThat(b.text("navigation")).as("the right-to-left menu, word by word").contains("مرکزی صفحہ");
                }
                assertThat(problems).isEmpty();
            }
        }
    }

    @Test
    void theCounterAndTheApprovalQueuePassAxeInBothLanguages() {
        prepare();
        for (String lang : List.of("en", "ur")) {
            try (Browser b = Browser.open(api.baseUrl())) {
                b.signIn(USER, TestUsers.PASSWORD);
                Viewport.resize(b, 1366, 900);
                b.go("/?lang=" + lang);
                b.go("/screening");
                assertThat(Axe.violations(b)).as(lang + " counter").isEmpty();
                b.type("fullName", "Axe Check Traveller").submit("screen");
                assertThat(b.driver().findElements(By.id("decision"))).hasSize(1);
                assertThat(Axe.violations(b)).as(lang + " counter with a decision").isEmpty();
                b.submit("screen");
                assertThat(b.driver().findElements(By.id("error-summary"))).hasSize(1);
                assertThat(Axe.violations(b)).as(lang + " counter with an error").isEmpty();
                b.go("/control-list/approvals");
                assertThat(b.driver().findElements(By.id("approvals"))).as("a proposal waits").hasSize(1);
                assertThat(Axe.violations(b)).as(lang + " approval queue").isEmpty();
            }
        }
    }

    /** An officer with a role in every module, and something in each list to show. */
    private void prepare() {
        users.user(USER, "PK-TEST", DISTRICT, Role.BORDER_OFFICER, Role.LIST_APPROVER, Role.LIST_OFFICER,
                Role.REGISTER_OFFICER, Role.CASE_OFFICER, Role.AUDITOR, Role.BORDER_SUPERVISOR,
                Role.CHILD_PROTECTION_OFFICER, Role.ANALYST);
        String proposer = users.user(Role.LIST_OFFICER).username();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        api.post(proposer, "/api/v1/control-list/entries", Map.of("list", "PCL", "ground", "PASSPORT_MISUSE",
                "person", Map.of("fullName", "Waiting Approval Person"), "legalBasis", "Passports Rules 2021 r.22",
                "referringAgency", "DGIP", "reason", "Second passport obtained on a false identity",
                "noticeServedOn", today.toString(), "expiresOn", today.plusYears(1).toString()));
    }

    private static void waitForFonts(Browser b) {
        ((JavascriptExecutor) b.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
    }
}
