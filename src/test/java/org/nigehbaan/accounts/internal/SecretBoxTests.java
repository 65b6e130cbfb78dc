package org.nigehbaan.accounts.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TOTP secrets are sealed under a key kept outside the database, bound to their account. */
class SecretBoxTests {

    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void aSealedSecretOpensWithTheSameKeyForTheSameAccountOnly(@TempDir Path dir) throws Exception {
        SecretBox box = new SecretBox("", dir);
        String sealed = box.seal(7, SECRET);
        assertThat(sealed).startsWith("v1:").doesNotContain(SECRET);
        assertThat(box.seal(7, SECRET)).as("a fresh nonce every time").isNotEqualTo(sealed);
        assertThat(box.open(7, sealed)).isEqualTo(SECRET);
        assertThatThrownBy(() -> box.open(8, sealed)).as("copied onto another account")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("user 8");

        Path keyFile = dir.resolve("accounts/secret-key");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new SecretBox("", dir).open(7, sealed)).as("the key survives a restart").isEqualTo(SECRET);
    }

    @Test
    void anotherKeyCannotOpenItAndAValueInClearIsReadAsItIs(@TempDir Path dir) {
        String sealed = new SecretBox("", dir.resolve("one")).seal(7, SECRET);
        SecretBox other = new SecretBox(dir.resolve("other-key").toString(), dir.resolve("two"));
        assertThatThrownBy(() -> other.open(7, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nigehbaan.accounts.secret-key");
        assertThat(other.open(7, SECRET)).as("written in clear by an earlier version").isEqualTo(SECRET);
        assertThat(other.open(7, null)).isNull();
        assertThat(other.seal(7, null)).isNull();
        assertThat(SecretBox.sealed(sealed)).isTrue();
        assertThat(SecretBox.sealed(SECRET)).isFalse();
    }
}
