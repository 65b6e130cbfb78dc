package org.nigehbaan.childprotection.internal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same account, phone, e-mail or URL written two ways gives one key. */
class LinkKeysTests {

    @ParameterizedTest
    @CsvSource({
            "0300-1234567, +923001234567",
            "+92 300 1234567, +923001234567",
            "0092 300 1234567, +923001234567",
            "(0300) 123.4567, +923001234567",
            "+44 7700 900123, +447700900123",
            "0044 7700 900123, +447700900123"})
    void phones(String raw, String key) {
        assertThat(LinkKeys.phone(raw)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
            "HTTPS://WWW.Example.com/Path/, example.com/Path",
            "https://example.com:443/a?b=1#frag, example.com/a?b=1",
            "http://example.com:8080/, example.com:8080"})
    void urls(String raw, String key) {
        assertThat(LinkKeys.url(raw)).isEqualTo(key);
    }

    @Test
    void accountsAreQualifiedByPlatformWithoutTheAt() {
        assertThat(LinkKeys.account("Insta Gram", "@Shadow_Boy")).isEqualTo("instagram:shadow_boy");
        assertThat(LinkKeys.account(null, "shadow_boy")).isEqualTo(":shadow_boy");
    }

    @Test
    void badValuesAreRefusedWithAReason() {
        assertThatThrownBy(() -> LinkKeys.phone("call me")).hasMessageContaining("not a phone number");
        assertThatThrownBy(() -> LinkKeys.email("nobody.example.com")).hasMessageContaining("not an e-mail");
        assertThatThrownBy(() -> LinkKeys.url("ftp://example.com/x")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> LinkKeys.hexHash("abc", 64, "a SHA-256 hash")).hasMessageContaining("64 hex");
    }

    @Test
    void ukIndicatorsComeFromPhoneEmailCountryAndPostcode() {
        assertThat(LinkKeys.ukIndicators(List.of("+447700900123"), List.of("x@btinternet.co.uk"), "GBR",
                "12 High Street, Bradford BD1 1AA")).hasSize(4);
        assertThat(LinkKeys.ukIndicators(List.of("+923001234567"), List.of("x@gmail.com"), "PAK",
                "House 12, Street 4, Lahore 54000")).isEmpty();
    }
}
