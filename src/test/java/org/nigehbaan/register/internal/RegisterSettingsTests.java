package org.nigehbaan.register.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nigehbaan.register.policy.PolicyName;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policy, the offence list and the zone are configuration, not code. */
class RegisterSettingsTests {

    static RegisterProperties properties(PolicyName policy, String offences) {
        return new RegisterProperties(policy, ZoneId.of("Asia/Karachi"), offences, 3, 1, Duration.ofHours(48),
                "0 30 0 * * *");
    }

    @Test
    void theDefaultIsTheUkPolicyWithTheShippedOffenceList() {
        RegisterSettings s = new RegisterSettings(properties(PolicyName.UK_SOA_2003, "classpath:register/offences.csv"),
                new DefaultResourceLoader(), Clock.systemUTC());
        assertThat(s.policy().name()).isEqualTo(PolicyName.UK_SOA_2003);
        assertThat(s.offences().registrable()).hasSize(13);
    }

    @Test
    void sornaAndAnotherOffenceListCanBeChosen(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("offences.csv");
        Files.writeString(csv, "statute,section,title,registrable,sorna_tier,source\nPPC,376,Rape,true,3,test\n");
        RegisterSettings s = new RegisterSettings(properties(PolicyName.US_SORNA, "file:" + csv),
                new DefaultResourceLoader(), Clock.systemUTC());
        assertThat(s.policy().name()).isEqualTo(PolicyName.US_SORNA);
        assertThat(s.offences().all()).singleElement().satisfies(o -> assertThat(o.code()).isEqualTo("PPC 376"));
        assertThat(s.policy().travelNotice().daysAhead()).isEqualTo(21);
    }

    @Test
    void aMissingOrMalformedOffenceListStopsTheStartWithTheLineNamed(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> new RegisterSettings(properties(PolicyName.UK_SOA_2003, "file:" + dir.resolve("none.csv")),
                new DefaultResourceLoader(), Clock.systemUTC())).hasMessageContaining("none.csv");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "statute,section,title,registrable,sorna_tier,source\nIPC,376,Rape,true,3,test\n");
        assertThatThrownBy(() -> new RegisterSettings(properties(PolicyName.UK_SOA_2003, "file:" + bad),
                new DefaultResourceLoader(), Clock.systemUTC())).hasMessageContaining("line 1")
                .hasMessageContaining("IPC");
    }

    @Test
    void todayIsADayInPakistanStandardTime() {
        // 20:30 UTC on 31 December is already 1 January in Karachi (UTC+5)
        Clock clock = Clock.fixed(Instant.parse("2025-12-31T20:30:00Z"), ZoneOffset.UTC);
        RegisterSettings s = new RegisterSettings(properties(PolicyName.UK_SOA_2003, "classpath:register/offences.csv"),
                new DefaultResourceLoader(), clock);
        assertThat(s.today()).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
