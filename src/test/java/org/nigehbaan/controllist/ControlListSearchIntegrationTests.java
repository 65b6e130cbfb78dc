package org.nigehbaan.controllist;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the lists finds people as screening would (spelling variants, Urdu script), and proposing someone
 * already listed warns first.
 */
@IntegrationTest
class ControlListSearchIntegrationTests {

    @Autowired
    ControlListService service;
    @Autowired
    TestUsers users;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void aNameSearchFindsSpellingVariantsAndUrduScript() {
        Actor officer = users.user(Role.LIST_OFFICER);
        String father = "Father" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long id = propose(officer, new PersonInput("Muhammad Asif Qureshi", List.of(), "محمد آصف قریشی", father,
                "1980-05-06", "M", "PAK", null, List.of()));

        assertThat(ids(service.findPeople("Mohammed Asif Kureshi", 50, officer))).as("romanisation variants").contains(id);
        assertThat(ids(service.findPeople("محمد آصف قریشی", 50, officer))).as("the Urdu name").contains(id);
        assertThat(ids(service.findPeople("Zzyzx Qwrtp", 50, officer))).doesNotContain(id);
    }

    @Test
    void proposingAPersonWhoseCnicIsListedWarnsFirst() throws Exception {
        Actor officer = users.user(Role.LIST_OFFICER);
        String cnic = String.format("42101-%07d-%d", ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), 5);
        long id = propose(officer, new PersonInput("Duplicate Warning Person", List.of(), null, null, "1975", "M",
                "PAK", cnic, List.of()));
        PersonInput again = new PersonInput("Dupl Warning Persn", List.of(), null, null, null, null, "PAK", cnic,
                List.of());
        assertThat(ids(service.possibleDuplicates(again))).containsExactly(id);

        // The page: the first attempt shows the warning and proposes nothing; the officer goes on knowingly.
        String form = "list=PCL&ground=PASSPORT_MISUSE&person.fullName=Dupl+Warning+Persn&person.cnic=" + cnic
                + "&person.nationality=PAK&legalBasis=Passports+Rules+2021+r.22&referringAgency=DGIP"
                + "&reason=Second+passport+obtained+by+fraud&noticeServedOn-day=1&noticeServedOn-month=1"
                + "&noticeServedOn-year=2026&expiresOn-day=1&expiresOn-month=1&expiresOn-year="
                + (LocalDate.now(ZoneId.of("Asia/Karachi")).getYear() + 2);
        long before = service.findPeople("Dupl Warning Persn", 50, officer).size();
        String warned = post(officer, form).getResponse().getContentAsString();
        assertThat(warned).contains("This person may be listed already", "/control-list/entries/" + id);
        assertThat(service.findPeople("Dupl Warning Persn", 50, officer)).hasSize((int) before);

        var proposed = post(officer, form + "&duplicatesChecked=true").getResponse();
        assertThat(proposed.getStatus()).as(proposed.getContentAsString()).isEqualTo(302);
        assertThat(service.findPeople("Dupl Warning Persn", 50, officer)).hasSize((int) before + 1);
    }

    private org.springframework.test.web.servlet.MvcResult post(Actor officer, String form) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/control-list/new")
                .contentType("application/x-www-form-urlencoded").content(form)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(officer.username(), TestUsers.PASSWORD))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
    }

    private long propose(Actor officer, PersonInput person) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        return service.propose(new ProposeEntry("PCL", "PASSPORT_MISUSE", person, "Passports Rules 2021 r.22", "DGIP",
                "Passport obtained on a false identity", null, today.plusYears(2).toString(), null,
                today.toString(), false, null), officer).id();
    }

    private static List<Long> ids(List<PersonMatch> matches) {
        return matches.stream().map(m -> m.entry().id()).toList();
    }
}
