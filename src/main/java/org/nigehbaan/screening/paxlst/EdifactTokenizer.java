package org.nigehbaan.screening.paxlst;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits a UN/EDIFACT interchange into segments, one at a time, from a byte array or a stream (only the
 * segment being read is held in memory).
 *
 * <ul>
 *   <li>Honours a {@code UNA} service string advice, whatever characters it declares ({@code UNA:*.? $},
 *       {@code UNA:(.) -}), and the release character ({@code ?+} is a literal {@code +}, {@code ??} a
 *       literal {@code ?}).</li>
 *   <li>Line ends are never data: CR, LF and CRLF between or inside segments are dropped (so telex lines
 *       wrapped mid-segment join up), as are spaces before a segment tag.</li>
 *   <li>Text before the interchange (a Type-B envelope: {@code SOH QK ...}, {@code STX}) is skipped and
 *       reported; the interchange starts at the first {@code UNA}, {@code UNB} or {@code UNH}.</li>
 *   <li>Bytes are decoded by the character set the {@code UNB} names ({@code UNOA}/{@code UNOB}: ASCII,
 *       {@code UNOC}: ISO 8859-1, ..., {@code UNOY}/{@code UNOW}: UTF-8; UTF-8 when there is no UNB). A byte
 *       the set does not allow becomes U+FFFD and is reported.</li>
 *   <li>Never throws on bad input: problems are collected in {@link #problems()}.</li>
 * </ul>
 */
public final class EdifactTokenizer {

    private static final int CHUNK = 16 * 1024;
    /** How far into the input the start of the interchange is looked for. */
    private static final int START_SEARCH_LIMIT = 4096;
    /** A binary file would otherwise report every byte. */
    static final int MAX_PROBLEMS = 100;

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private long base;
    private boolean eof;

    private boolean started;
    private boolean done;
    private boolean hadUna;
    private EdifactServiceCharacters chars = EdifactServiceCharacters.DEFAULT;
    private Charset charset = StandardCharsets.UTF_8;
    private boolean charsetChosen;
    private String syntaxIdentifier = "";
    private int segmentNumber;
    private final List<EdifactProblem> problems = new ArrayList<>();

    // Per-byte classes, rebuilt when the service characters are known.
    private static final byte DATA = 0;
    private static final byte COMPONENT = 1;
    private static final byte ELEMENT = 2;
    private static final byte RELEASE = 3;
    private static final byte REPETITION = 4;
    private static final byte TERMINATOR = 5;
    private static final byte DROPPED = 6;
    private static final byte CONTROL = 7;
    private final byte[] classOf = new byte[256];

    private byte[] scratch = new byte[256];
    private int scratchLength;
    private long firstNonAsciiOffset = -1;

    private EdifactTokenizer(InputStream in, byte[] data) {
        this.in = in;
        if (data != null) {
            this.buf = data;
            this.limit = data.length;
            this.eof = true;
        } else {
            this.buf = new byte[CHUNK];
        }
        classify();
    }

    public static EdifactTokenizer of(byte[] data) {
        return new EdifactTokenizer(null, Objects.requireNonNull(data, "data"));
    }

    /** Reads the stream as segments are asked for; the caller closes it. */
    public static EdifactTokenizer of(InputStream in) {
        return new EdifactTokenizer(Objects.requireNonNull(in, "in"), null);
    }

    /** Tokenizes text, encoded as UTF-8 for reading. */
    public static EdifactTokenizer of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The service characters in force: the UNA's, or the defaults. Known once the first segment is read. */
    public EdifactServiceCharacters serviceCharacters() {
        start();
        return chars;
    }

    /** True when the interchange opened with a service string advice. */
    public boolean hadServiceStringAdvice() {
        start();
        return hadUna;
    }

    /** Everything found wrong so far, in input order. */
    public List<EdifactProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** The next segment, or {@code null} at the end of the input. */
    public EdifactSegment next() {
        start();
        if (done) {
            return null;
        }
        skipBlanks();
        if (available(1) == 0) {
            done = true;
            return null;
        }
        return readSegment();
    }

    // ---- start of the interchange ----

    private void start() {
        if (started) {
            return;
        }
        started = true;
        available(START_SEARCH_LIMIT + 9);
        int from = pos;
        int found = -1;
        for (int i = pos; i + 3 <= limit && i - from < START_SEARCH_LIMIT; i++) {
            if (isInterchangeStart(i)) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            skipBlanks();
            if (available(1) > 0) {
                problem(EdifactProblem.Kind.LEADING_DATA, base + pos, "no UNA, UNB or UNH at the start of the input");
            }
            return;
        }
        if (hasContent(from, found)) {
            problem(EdifactProblem.Kind.LEADING_DATA, base + from, (found - from) + " characters before the interchange ignored"
                    + " (a Type-B envelope?): '" + preview(from, found) + "'");
        }
        pos = found;
        if (buf[pos] == 'U' && buf[pos + 1] == 'N' && buf[pos + 2] == 'A') {
            readUna();
        }
    }

    private boolean isInterchangeStart(int i) {
        if (buf[i] != 'U' || buf[i + 1] != 'N') {
            return false;
        }
        byte third = buf[i + 2];
        if (third == 'A') {
            if (i + 9 > limit) {
                return false;
            }
            for (int k = i + 3; k < i + 9; k++) {
                if (isAlnum(buf[k])) {
                    return false;
                }
            }
            return true;
        }
        return (third == 'B' || third == 'H') && i + 3 < limit && !isAlnum(buf[i + 3]);
    }

    private void readUna() {
        long offset = base + pos;
        char[] c = new char[6];
        for (int k = 0; k < 6; k++) {
            c[k] = (char) (buf[pos + 3 + k] & 0xFF);
        }
        pos += 9;
        try {
            chars = new EdifactServiceCharacters(c[0], c[1], c[2], c[3], c[4], c[5]);
            hadUna = true;
        } catch (IllegalArgumentException e) {
            problem(EdifactProblem.Kind.SERVICE_STRING_ADVICE, offset, "UNA" + new String(c) + " is unusable ("
                    + e.getMessage() + "); the default service characters :+.? ' are used");
        }
        classify();
    }

    private void classify() {
        Arrays.fill(classOf, DATA);
        for (int b = 0; b < 0x20; b++) {
            classOf[b] = CONTROL;
        }
        classOf[0x7F] = CONTROL;
        classOf['\r'] = DROPPED;
        classOf['\n'] = DROPPED;
        classOf['\t'] = CONTROL;
        classOf[chars.component()] = COMPONENT;
        classOf[chars.element()] = ELEMENT;
        classOf[chars.terminator()] = TERMINATOR;
        if (chars.hasRelease()) {
            classOf[chars.release()] = RELEASE;
        }
        if (chars.hasRepetition()) {
            classOf[chars.repetition()] = REPETITION;
        }
    }

    // ---- segments ----

    private EdifactSegment readSegment() {
        long start = base + pos;
        int number = segmentNumber + 1;
        List<EdifactElement> elements = new ArrayList<>(6);
        List<String> components = new ArrayList<>(4);
        List<List<String>> repetitions = null;
        scratchLength = 0;
        firstNonAsciiOffset = -1;
        boolean released = false;
        while (true) {
            if (pos == limit && !fill()) {
                unterminated(start, elements, components);
                return null;
            }
            int b = buf[pos++] & 0xFF;
            if (released) {
                if (classOf[b] == DROPPED) {
                    continue; // a line break between the release character and what it releases
                }
                released = false;
                append(b);
                continue;
            }
            switch (classOf[b]) {
                case DATA -> {
                    append(b);
                    appendDataRun();
                }
                case COMPONENT -> components.add(component());
                case ELEMENT -> {
                    components.add(component());
                    elements.add(element(components, repetitions));
                    components = new ArrayList<>(4);
                    repetitions = null;
                }
                case REPETITION -> {
                    components.add(component());
                    if (repetitions == null) {
                        repetitions = new ArrayList<>(2);
                    }
                    repetitions.add(components);
                    components = new ArrayList<>(4);
                }
                case RELEASE -> released = true;
                case TERMINATOR -> {
                    components.add(component());
                    elements.add(element(components, repetitions));
                    EdifactSegment segment = segment(elements, number, start);
                    segmentNumber = number;
                    return segment;
                }
                case DROPPED -> {
                    // line ends are layout, never data
                }
                default -> problem(EdifactProblem.Kind.CHARACTER, base + pos - 1,
                        String.format("control character 0x%02X inside a segment ignored", b));
            }
        }
    }

    private static EdifactElement element(List<String> components, List<List<String>> repetitions) {
        if (repetitions == null) {
            return new EdifactElement(Collections.unmodifiableList(components), List.of());
        }
        // The first occurrence is the element; the ones after a repetition separator follow it.
        repetitions.add(components);
        List<String> first = repetitions.remove(0);
        return new EdifactElement(Collections.unmodifiableList(first), Collections.unmodifiableList(repetitions));
    }

    private EdifactSegment segment(List<EdifactElement> elements, int number, long start) {
        EdifactElement tagElement = elements.remove(0);
        String rawTag = tagElement.component(1);
        String tag = rawTag.strip();
        if (!tag.equals(rawTag)) {
            problem(EdifactProblem.Kind.SEGMENT_TAG, start, "segment " + number + ": tag '" + rawTag + "' has spaces around it");
        }
        if (tag.length() != 3 || !isAlnum(tag.charAt(0)) || !isAlnum(tag.charAt(1)) || !isAlnum(tag.charAt(2))) {
            problem(EdifactProblem.Kind.SEGMENT_TAG, start, "segment " + number + ": '" + abbreviate(tag) + "' is not a segment tag");
        }
        List<String> tagComponents = tagElement.components().size() <= 1
                ? List.of() : tagElement.components().subList(1, tagElement.components().size());
        EdifactSegment segment = new EdifactSegment(tag, tagComponents, Collections.unmodifiableList(elements), number, start);
        if (!charsetChosen && tag.equals("UNB")) {
            chooseCharset(segment.value(1, 1));
        }
        return segment;
    }

    private void unterminated(long start, List<EdifactElement> elements, List<String> components) {
        done = true;
        StringBuilder text = new StringBuilder();
        for (EdifactElement e : elements) {
            text.append(e.text()).append(chars.element());
        }
        for (String c : components) {
            text.append(c).append(chars.component());
        }
        text.append(component());
        if (!text.toString().isBlank()) {
            problem(EdifactProblem.Kind.UNTERMINATED_SEGMENT, start, "the input ends without a segment terminator after '"
                    + abbreviate(text.toString().strip()) + "'");
        }
    }

    private void chooseCharset(String syntax) {
        charsetChosen = true;
        syntaxIdentifier = syntax;
        charset = switch (syntax) {
            case "UNOA", "UNOB" -> StandardCharsets.US_ASCII;
            case "UNOC" -> StandardCharsets.ISO_8859_1;
            case "UNOD" -> Charset.forName("ISO-8859-2");
            case "UNOE" -> Charset.forName("ISO-8859-5");
            case "UNOF" -> Charset.forName("ISO-8859-7");
            case "UNOG" -> Charset.forName("ISO-8859-3");
            case "UNOH" -> Charset.forName("ISO-8859-4");
            case "UNOI" -> Charset.forName("ISO-8859-6");
            case "UNOJ" -> Charset.forName("ISO-8859-8");
            case "UNOK" -> Charset.forName("ISO-8859-9");
            default -> StandardCharsets.UTF_8;
        };
    }

    // ---- components ----

    private void append(int b) {
        if (scratchLength == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratch.length * 2);
        }
        if (b >= 0x80 && firstNonAsciiOffset < 0) {
            firstNonAsciiOffset = base + pos - 1;
        }
        scratch[scratchLength++] = (byte) b;
    }

    /** Copies the plain data bytes that follow, up to the next service or line-end byte, in one go. */
    private void appendDataRun() {
        int from = pos;
        int p = pos;
        while (p < limit) {
            int b = buf[p] & 0xFF;
            if (classOf[b] != DATA) {
                break;
            }
            if (b >= 0x80 && firstNonAsciiOffset < 0) {
                firstNonAsciiOffset = base + p;
            }
            p++;
        }
        int n = p - from;
        if (n > 0) {
            if (scratchLength + n > scratch.length) {
                scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLength + n));
            }
            System.arraycopy(buf, from, scratch, scratchLength, n);
            scratchLength += n;
            pos = p;
        }
    }

    private String component() {
        String s;
        if (scratchLength == 0) {
            s = "";
        } else if (firstNonAsciiOffset < 0) {
            s = new String(scratch, 0, scratchLength, StandardCharsets.ISO_8859_1);
        } else {
            s = decodeNonAscii();
        }
        scratchLength = 0;
        firstNonAsciiOffset = -1;
        return s;
    }

    private String decodeNonAscii() {
        if (charset == StandardCharsets.US_ASCII) {
            problem(EdifactProblem.Kind.CHARACTER, firstNonAsciiOffset, String.format(
                    "byte 0x%02X is not allowed in character set %s; read as U+FFFD",
                    firstByte(), syntaxIdentifier));
            return new String(scratch, 0, scratchLength, StandardCharsets.US_ASCII);
        }
        if (charset == StandardCharsets.UTF_8) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(scratch, 0, scratchLength)).toString();
            } catch (CharacterCodingException e) {
                problem(EdifactProblem.Kind.CHARACTER, firstNonAsciiOffset, "bytes that are not UTF-8; read as U+FFFD");
                return new String(scratch, 0, scratchLength, StandardCharsets.UTF_8);
            }
        }
        return new String(scratch, 0, scratchLength, charset);
    }

    private int firstByte() {
        for (int i = 0; i < scratchLength; i++) {
            if ((scratch[i] & 0xFF) >= 0x80) {
                return scratch[i] & 0xFF;
            }
        }
        return 0;
    }

    // ---- input ----

    private void skipBlanks() {
        while (true) {
            if (pos == limit && !fill()) {
                return;
            }
            int b = buf[pos] & 0xFF;
            boolean blank = (b == ' ' || b == '\t' || b == '\r' || b == '\n') && classOf[b] != TERMINATOR
                    && classOf[b] != ELEMENT && classOf[b] != COMPONENT;
            if (!blank) {
                return;
            }
            pos++;
        }
    }

    /** Makes at least {@code n} bytes available if the input has them; returns how many are. */
    private int available(int n) {
        while (limit - pos < n && !eof) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                base += pos;
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            if (!readMore()) {
                break;
            }
        }
        return Math.min(n, limit - pos);
    }

    /** Refills an exhausted buffer; false at the end of the input. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        base += limit;
        pos = 0;
        limit = 0;
        return readMore();
    }

    private boolean readMore() {
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            eof = true;
            problem(EdifactProblem.Kind.IO, base + limit, "the input could not be read: " + e.getMessage());
            return false;
        }
    }

    // ---- helpers ----

    private void problem(EdifactProblem.Kind kind, long offset, String message) {
        if (problems.size() < MAX_PROBLEMS - 1) {
            problems.add(new EdifactProblem(kind, offset, segmentNumber + 1, message));
        } else if (problems.size() == MAX_PROBLEMS - 1) {
            problems.add(new EdifactProblem(kind, offset, segmentNumber + 1,
                    "more than " + MAX_PROBLEMS + " problems; the rest are not listed"));
        }
    }

    private boolean hasContent(int from, int to) {
        for (int i = from; i < to; i++) {
            int b = buf[i] & 0xFF;
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return true;
            }
        }
        return false;
    }

    private String preview(int from, int to) {
        String s = new String(buf, from, Math.min(to - from, 40), StandardCharsets.ISO_8859_1)
                .replaceAll("[\\x00-\\x1F\\x7F]+", " ").strip();
        return to - from > 40 ? s + "..." : s;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static boolean isAlnum(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
