package org.nigehbaan.matching.normalizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptTransliteratorTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "محمد علي, mhmd ali",
            "أحمد حسن, ahmd hsn",
            "عبدالله, abdallh",
            "عبد الله, abd allah",
            "يوسف, yusf",
            "عمران خان, amran khan",
            "پرویز, pruiz",
            "فاطمة, fatma",
            "الرحمن, al rhmn"
    })
    void arabicAndUrduLettersReadAsTheyAreRomanised(String arabic, String latin) {
        ScriptTransliterator.Latin l = ScriptTransliterator.toLatin(arabic);
        assertThat(l.text()).isEqualTo(latin);
        assertThat(l.abjad()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Владимир Путин, Vladimir Putin",
            "José Núñez, Jose Nunez",
            "Müller, Muller",
            "Imran Khan, Imran Khan"
    })
    void otherScriptsGoThroughIcu(String raw, String latin) {
        ScriptTransliterator.Latin l = ScriptTransliterator.toLatin(raw);
        assertThat(l.text()).isEqualTo(latin);
        assertThat(l.abjad()).isFalse();
    }
}
