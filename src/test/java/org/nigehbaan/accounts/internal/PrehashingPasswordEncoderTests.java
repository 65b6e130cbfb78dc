package org.nigehbaan.accounts.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PrehashingPasswordEncoderTests {

    private final PrehashingPasswordEncoder encoder = new PrehashingPasswordEncoder(4);

    @Test
    void everyByteOfALongUrduPassphraseCountsPastBcrypts72ByteLimit() {
        // 40 Urdu letters are 80 bytes in UTF-8: plain BCrypt would ignore the last eight.
        String base = "\u0645\u06cc\u0631\u0627".repeat(10);
        String a = base + "\u0627";
        String b = base + "\u0628";
        assertThat(a.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        BCryptPasswordEncoder plain = new BCryptPasswordEncoder(4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plain.encode(a)).as("plain BCrypt refuses past 72 bytes")
                .isInstanceOf(IllegalArgumentException.class);

        String hash = encoder.encode(a);
        assertThat(hash).startsWith(PrehashingPasswordEncoder.PREFIX);
        assertThat(encoder.matches(a, hash)).isTrue();
        assertThat(encoder.matches(b, hash)).isFalse();
    }

    @Test
    void hashesWrittenBeforeThePrehashStillVerifyAndAskForAnUpgrade() {
        String legacy = new BCryptPasswordEncoder(4).encode("correct-horse-battery");
        assertThat(encoder.matches("correct-horse-battery", legacy)).isTrue();
        assertThat(encoder.matches("wrong-horse-battery", legacy)).isFalse();
        assertThat(encoder.upgradeEncoding(legacy)).isTrue();
        assertThat(encoder.matches("\u0645".repeat(40), legacy)).as("no legacy hash is of an 80-byte password").isFalse();
        assertThat(encoder.upgradeEncoding(encoder.encode("x"))).isFalse();
    }
}
