package org.nigehbaan.accounts.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void shipsTheCommonPasswordList() {
        assertThat(POLICY.size()).isGreaterThan(49_000);
    }

    @Test
    void acceptsLongPassphrasesInAnyScriptWithoutCompositionRules() {
        assertThat(POLICY.problem("correct-horse-battery", "officer")).isNull();
        assertThat(POLICY.problem("all lower case words here", "officer")).isNull();
        assertThat(POLICY.problem("\u0645\u06cc\u0631\u0627 \u067e\u0627\u0633 \u0648\u0631\u0688 \u0628\u06c1\u062a \u0644\u0645\u0628\u0627 \u06c1\u06d2", "officer")).isNull();
        assertThat(POLICY.problem("x".repeat(10) + "yz" + "w".repeat(200), "officer")).isNull();
    }

    @Test
    void refusesShortAndOverlongPasswords() {
        assertThat(POLICY.problem("elevenchars", "officer")).contains("at least 12");
        // Twelve Urdu letters are twelve characters, not 24 bytes' worth.
        assertThat(POLICY.problem("\u0627\u0628\u067e\u062a\u0679\u062b\u062c\u0686\u062d\u062e\u062f\u0688", "officer")).isNull();
        assertThat(POLICY.problem("a".repeat(100) + "b".repeat(157), "officer")).contains("at most 256");
    }

    @Test
    void refusesCommonAndBreachedPasswordsAndTheirObviousVariants() {
        assertThat(POLICY.problem("password1234", "officer")).contains("common or breached");
        assertThat(POLICY.problem("qwertyuiop123", "officer")).contains("common or breached");
        assertThat(POLICY.problem("Dragon2024!!!", "officer")).contains("common or breached");
        assertThat(POLICY.problem("1qaz2wsx3edc", "officer")).contains("common or breached");
        assertThat(POLICY.problem("SUPERMAN-12345", "officer")).contains("common or breached");
    }

    @Test
    void refusesRepetitionTheUsernameAndTheServiceName() {
        assertThat(POLICY.problem("aaaaaaaaaaaaaaa", "officer")).contains("repeated");
        assertThat(POLICY.problem("abcabcabcabcabc", "officer")).contains("repeated");
        assertThat(POLICY.problem("my-name-is-fia.officer", "fia.officer")).contains("username");
        assertThat(POLICY.problem("nigehbaan-login-2025", "officer")).contains("service's name");
    }
}
