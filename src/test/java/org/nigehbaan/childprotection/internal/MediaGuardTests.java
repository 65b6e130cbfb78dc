package org.nigehbaan.childprotection.internal;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as media inside text, and what (hashes, links, prose) does not. */
class MediaGuardTests {

    static final byte[] JPEG_HEAD = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0,
            1, 1, 0, 0, 1, 0, 1, 0, 0};

    @Test
    void aDataUriOfAnImageOrVideoIsMedia() {
        assertThat(MediaGuard.isMedia("see data:image/png;base64,iVBORw0KGgo=")).isTrue();
        assertThat(MediaGuard.isMedia("DATA: video/mp4;base64,AAAA and more text here")).isTrue();
    }

    @Test
    void aLongBase64RunIsMediaEvenWrappedInLines() {
        String blob = Base64.getMimeEncoder().encodeToString(new byte[600]);
        assertThat(blob).contains("\r\n");
        assertThat(MediaGuard.isMedia(blob)).isTrue();
        assertThat(MediaGuard.isMedia("before " + Base64.getEncoder().encodeToString(new byte[300]) + " after")).isTrue();
    }

    @Test
    void aShortBase64RunIsMediaWhenItDecodesToAnImageHeader() {
        String jpeg = Base64.getEncoder().encodeToString(JPEG_HEAD);
        assertThat(jpeg.length()).isLessThan(MediaGuard.BLOB_RUN);
        assertThat(MediaGuard.isMedia("look: " + jpeg)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
            "https://www.example.com/watch?v=dQw4w9WgXcQ&list=PL1234567890abcdefghijklmnopqrstu",
            "He messaged my daughter every night from an account called shadow_boy_2009 asking for pictures.",
            "اس نے میری بیٹی کو ہر رات پیغامات بھیجے اور تصاویر مانگیں"})
    void hashesLinksAndProseAreNotMedia(String text) {
        assertThat(MediaGuard.isMedia(text)).isFalse();
    }
}
