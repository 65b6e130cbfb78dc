package org.nigehbaan.web;

import org.junit.jupiter.api.Test;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.support.ApiClient;
import org.nigehbaan.support.IntegrationTest;
import org.nigehbaan.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An address nothing serves is "not found"; a served one the role may not use stays "forbidden". */
@IntegrationTest
class UnknownPathIntegrationTests {

    @Autowired
    ApiClient api;
    @Autowired
    TestUsers users;

    @Test
    void anUnknownAddressIsNotFoundForASignedInUser() {
        String officer = users.user(Role.BORDER_OFFICER).username();
        assertThat(api.get(officer, "/no-such-page").status()).isEqualTo(404);
        assertThat(api.get(officer, "/screening/no-such-page").status()).isEqualTo(404);
    }

    @Test
    void aKnownAddressOutsideTheRoleIsStillForbidden() {
        String officer = users.user(Role.BORDER_OFFICER).username();
        assertThat(api.get(officer, "/audit").status()).isEqualTo(403);
        assertThat(api.get(officer, "/register").status()).isEqualTo(403);
        assertThat(api.get(officer, "/api/v1/no-such-endpoint").status()).as("the API keeps deny-by-default")
                .isEqualTo(403);
    }

    @Test
    void anUnknownAddressAsksASignedOutVisitorToSignIn() {
        ApiClient.Response r = api.get(null, "/no-such-page");
        assertThat(r.status()).isIn(302, 401);
    }
}
