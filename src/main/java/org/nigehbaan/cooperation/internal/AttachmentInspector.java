package org.nigehbaan.cooperation.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.nigehbaan.cooperation.AttachmentType;
import org.nigehbaan.cooperation.CooperationPolicy;
import org.nigehbaan.identity.InvalidInputException;

/**
 * Decides whether an uploaded file may join a case's thread, from its bytes: executables and scripts are
 * refused whatever they are called; what remains must be one of the policy's document kinds, recognised by
 * its magic bytes (and, for Word/Excel, by the archive's parts, refusing macro-enabled ones); and the file's
 * extension must agree with what the content is. Also computes the SHA-256 shown with every attachment.
 */
public final class AttachmentInspector {

    /** The result of an accepted file. */
    public record Inspected(String fileName, AttachmentType type, long sizeBytes, String sha256) {
    }

    /** Extensions refused whatever the content: programs, scripts, installers, active documents. */
    static final Set<String> DANGEROUS_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "msi", "msp", "cpl", "sys",
            "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh", "hta", "lnk", "reg", "sh",
            "bash", "zsh", "csh", "ksh", "py", "pyc", "pl", "rb", "php", "jsp", "asp", "aspx", "jar", "class", "war",
            "apk", "app", "dmg", "pkg", "deb", "rpm", "bin", "elf", "so", "dylib", "run", "html", "htm", "xhtml",
            "svg", "docm", "xlsm", "pptm", "dotm", "xltm", "xlam", "iso", "img");

    private static final int MAX_NAME = 200;

    private final CooperationPolicy policy;

    public AttachmentInspector(CooperationPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param field the request field the file came in, named in every refusal ({@code attachments[0]})
     * @throws InvalidInputException naming {@code field} and why the file is refused
     */
    public Inspected inspect(String field, String rawName, byte[] content) {
        String name = cleanName(rawName);
        if (name == null) {
            throw new InvalidInputException(field, "needs a file name");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException(field, "'" + name + "' is empty");
        }
        long max = policy.attachmentMaxSize().toBytes();
        if (content.length > max) {
            throw new InvalidInputException(field, "'" + name + "' is " + content.length + " bytes; the limit is "
                    + max + " bytes (" + policy.attachmentMaxSize().toMegabytes() + " MB)");
        }
        String executable = executableKind(content);
        if (executable != null) {
            throw new InvalidInputException(field, "'" + name + "' is " + executable + "; programs and scripts are "
                    + "never accepted");
        }
        String ext = extension(name);
        if (ext != null && DANGEROUS_EXTENSIONS.contains(ext)) {
            throw new InvalidInputException(field, "'" + name + "': files of type ." + ext + " are never accepted");
        }
        AttachmentType type;
        try {
            type = sniff(content);
        } catch (RefusedContent e) {
            throw new InvalidInputException(field, "'" + name + "' " + e.getMessage());
        }
        if (type == null || !policy.attachmentTypes().contains(type)) {
            throw new InvalidInputException(field, "'" + name + "' is not an accepted kind of document; accepted: "
                    + accepted());
        }
        if (ext == null || !type.extensions().contains(ext)) {
            throw new InvalidInputException(field, "'" + name + "' is " + article(type) + " but its name "
                    + (ext == null ? "has no extension" : "ends in ." + ext) + "; name it ." + type.extensions().get(0));
        }
        return new Inspected(name, type, content.length, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** What kind of program the bytes are, or null. */
    static String executableKind(byte[] b) {
        if (startsWith(b, 'M', 'Z')) {
            return "a Windows program (PE)";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "a Linux program (ELF)";
        }
        if (startsWith(b, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(b, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(b, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(b, 0xCF, 0xFA, 0xED, 0xFE)) {
            return "a macOS program (Mach-O)";
        }
        if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "a macOS universal program or Java class (Mach-O fat / class file)";
        }
        int i = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (b.length >= i + 2 && b[i] == '#' && b[i + 1] == '!') {
            return "a script (#!)";
        }
        return null;
    }

    /** The document kind the bytes are, or null when none of the known kinds. */
    static AttachmentType sniff(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return AttachmentType.PDF;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return AttachmentType.PNG;
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return AttachmentType.JPEG;
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return AttachmentType.TIFF;
        }
        if (startsWith(b, 'P', 'K', 0x03, 0x04)) {
            return officeDocument(b);
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new RefusedContent("is a legacy Office document, which may carry macros; send it as PDF, DOCX or XLSX");
        }
        return isPlainText(b) ? AttachmentType.TEXT : null;
    }

    /** DOCX or XLSX from the archive's part names, read from its central directory (nothing is decompressed). */
    private static AttachmentType officeDocument(byte[] b) {
        List<String> names = zipEntryNames(b);
        if (names == null) {
            throw new RefusedContent("is a damaged or unsupported ZIP archive");
        }
        boolean contentTypes = names.contains("[Content_Types].xml");
        for (String n : names) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin")) {
                throw new RefusedContent("contains macros (vbaProject.bin); send it without macros");
            }
            String ext = extension(lower);
            if (ext != null && DANGEROUS_EXTENSIONS.contains(ext) && !ext.equals("html") && !ext.equals("htm")) {
                throw new RefusedContent("contains a program or script (" + n + ")");
            }
        }
        if (contentTypes && names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return AttachmentType.DOCX;
        }
        if (contentTypes && names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return AttachmentType.XLSX;
        }
        throw new RefusedContent("is a ZIP archive, not a Word or Excel document; archives are not accepted");
    }

    /** The entry names of a ZIP's central directory, or null when it cannot be read. */
    static List<String> zipEntryNames(byte[] b) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (u32(b, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int entries = u16(b, eocd + 10);
        long cdOffset = u32(b, eocd + 16);
        if (cdOffset >= b.length || entries > 20_000) {
            return null;
        }
        List<String> names = new ArrayList<>(entries);
        int p = (int) cdOffset;
        for (int n = 0; n < entries; n++) {
            if (p + 46 > b.length || u32(b, p) != 0x02014b50L) {
                return null;
            }
            int nameLen = u16(b, p + 28);
            int extraLen = u16(b, p + 30);
            int commentLen = u16(b, p + 32);
            if (p + 46 + nameLen > b.length) {
                return null;
            }
            names.add(new String(b, p + 46, nameLen, StandardCharsets.UTF_8));
            p += 46 + nameLen + extraLen + commentLen;
        }
        return names;
    }

    /** Strict UTF-8 with no control characters but tab, line feed, form feed and carriage return. */
    static boolean isPlainText(byte[] b) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The file's own name: no directories, no control characters, at most 200 characters; null when blank. */
    static String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isISOControl(c) && c != '"').forEach(sb::appendCodePoint);
        String name = sb.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return null;
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String accepted() {
        return policy.attachmentTypes().stream().sorted().map(t -> t.name() + " (." + String.join(", .", t.extensions()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String article(AttachmentType t) {
        return switch (t) {
            case PDF -> "a PDF document";
            case PNG -> "a PNG image";
            case JPEG -> "a JPEG image";
            case TIFF -> "a TIFF image";
            case DOCX -> "a Word document";
            case XLSX -> "an Excel workbook";
            case TEXT -> "plain text";
        };
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int i) {
        return i + 2 > b.length ? -1 : (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        if (i < 0 || i + 4 > b.length) {
            return -1;
        }
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
    }

    /** Content that is recognised and refused for a specific reason. */
    static final class RefusedContent extends RuntimeException {
        RefusedContent(String message) {
            super(message, null, false, false);
        }
    }
}
