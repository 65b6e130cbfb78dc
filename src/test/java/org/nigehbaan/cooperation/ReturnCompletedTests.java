package org.nigehbaan.cooperation;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nigehbaan.identity.PersonInput;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The event survives the publication registry: it is stored as JSON and read back after a restart. */
class ReturnCompletedTests {

    @Test
    void theEventRoundTripsThroughJsonUnchanged() {
        ReturnCompleted e = new ReturnCompleted(17L, "RET-IN-2026-00017",
                new PersonInput("Waqas Ahmed", List.of("Waqas Ahmad"), null, "Muhammad Aslam", "1988-04", "M", "PAK",
                        "35202-1234567-1", List.of("AB1234567")),
                LocalDate.parse("2026-11-20"), true, "UK Home Office", "case_officer", "HO-RET-77", "NADRA-1",
                Direction.INCOMING);
        JsonMapper json = JsonMapper.builder().build();
        String text = json.writeValueAsString(e);
        assertThat(text).contains("\"returnDate\":\"2026-11-20\"", "\"removedForIllegalMigration\":true");
        assertThat(json.readValue(text, ReturnCompleted.class)).isEqualTo(e);
    }
}
