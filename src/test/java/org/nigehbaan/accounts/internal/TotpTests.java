package org.nigehbaan.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotpTests {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B: every test vector, eight digits, 30-second steps. */
    @ParameterizedTest
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesEveryRfc6238TestVector(long unixTime, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));
        assertThat(Totp.code(SHA1_KEY, step, "HmacSHA1", 8)).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, "HmacSHA256", 8)).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, "HmacSHA512", 8)).isEqualTo(sha512);
    }

    @Test
    void sixDigitCodesOfABase32SecretAreTheRfcCodesCutToSixDigits() {
        String secret = Totp.base32(SHA1_KEY);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.decodeBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SHA1_KEY);
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSideOnly() {
        String secret = Totp.base32(SHA1_KEY);
        Instant at = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(at);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), at)).isEqualTo(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), at)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), at)).isEqualTo(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), at)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "12345", at)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, null, at)).isEqualTo(-1);
    }

    @Test
    void newSecretsAre160BitsAndTheEnrolmentUriNamesIssuerAndAccount() {
        String secret = Totp.newSecret();
        assertThat(Totp.decodeBase32(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
        assertThat(Totp.otpauthUri("Nigehbaan", "fia.officer", secret))
                .isEqualTo("otpauth://totp/Nigehbaan:fia.officer?secret=" + secret
                        + "&issuer=Nigehbaan&algorithm=SHA1&digits=6&period=30");
        assertThatThrownBy(() -> Totp.decodeBase32("not base32!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEnrolmentQrCodeIsAnSvgOfTheUri() {
        String svg = QrCodes.svg(Totp.otpauthUri("Nigehbaan", "fia.officer", Totp.newSecret()));
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 ").contains("h1v1h-1z").endsWith("</svg>");
        // Version and size follow from the length: an otpauth URI of ~110 characters needs version 6 (41 modules) at M.
        com.google.zxing.common.BitMatrix m = QrCodes.matrix(Totp.otpauthUri("Nigehbaan", "fia.officer", Totp.newSecret()));
        assertThat(m.getWidth()).isEqualTo(m.getHeight()).isBetween(41 + 8, 57 + 8);
    }
}
