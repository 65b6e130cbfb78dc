package org.nigehbaan.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Key files kept outside the database (the audit signing key, the accounts secret key). */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * Writes {@code text} to {@code file} readable by its owner only, unless the file exists: written aside and
     * moved in atomically without replacing, so when several instances start at once the first key stays and
     * every instance reads that one.
     */
    public static void createOnce(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the operator protects the directory
            }
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file);
            }
        } catch (FileAlreadyExistsException e) {
            // another instance won the race: keep theirs
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
