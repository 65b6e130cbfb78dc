package org.nigehbaan.identity.mrz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Arabic-script names (Arabic, Urdu, Pashto, Persian letters) to MRZ Latin, letter by letter, by the table of
 * ICAO Doc 9303 Part 3 (8th edition), Section 6 C / Appendix B. An issuer following it writes محمود as
 * {@code MXHMWD}; screening compares such MRZ names with the Urdu name on a control-list entry.
 *
 * <p>Rules, all from the table:
 * <ul>
 *   <li>each letter has a fixed transliteration; letters the table marks "not encoded" (tatweel, short-vowel
 *       marks, sukun, superscript alef, four rare letters) are dropped;</li>
 *   <li>shadda doubles the transliteration of the letter it sits on ({@code مّ} → {@code MM});</li>
 *   <li>teh marbuta is {@code XAH} at the end of a name component and {@code XTA} elsewhere;</li>
 *   <li>farsi yeh {@code ی} (the usual Urdu yeh) is {@code XYA}: the table's own note allows issuers
 *       {@code Y} or {@code XAY} too, so a comparison should treat those alike;</li>
 *   <li>spaces, hyphens and commas separate name components, written {@code <}.</li>
 * </ul>
 * Text is NFKC-normalised first, so presentation forms and decomposed hamza letters map like their base
 * letters. Other combining marks, zero-width joiners and direction marks are dropped; apostrophes and full
 * stops are omitted as Part 3 §4.6 prescribes; Latin letters pass through in upper case. Anything else
 * (digits, other scripts) is refused.
 *
 * <p>ICAO's own worked examples do not always follow the table (see docs/formats.md): {@code ھ} is written
 * {@code H} rather than {@code XDO}, {@code عبدالعزيز} is split into {@code EBD<ALEZYZ}, an implied shadda
 * is written out ({@code EZZ}), and components are reordered to put the surname first. This class
 * implements the table, not those editorial choices.
 */
public final class IcaoArabicTransliterator {

    private static final int SHADDA = 0x0651;
    private static final int TEH_MARBUTA = 0x0629;
    /** Stands for a teh marbuta until the end of its component decides between XAH and XTA. */
    private static final String TEH_MARBUTA_MARK = "\u0629";
    private static final Map<Integer, String> TABLE = table();

    private IcaoArabicTransliterator() {
    }

    /**
     * The MRZ form of a name: components joined by {@code <}, no leading or trailing filler.
     *
     * @throws IllegalArgumentException naming the first character that has no transliteration
     */
    public static String toMrz(String name) {
        Objects.requireNonNull(name, "name");
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        List<String> components = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSeparator(cp)) {
                flush(letters, components);
            } else if (cp == SHADDA) {
                if (!letters.isEmpty()) {
                    letters.add(letters.get(letters.size() - 1));
                }
            } else if (cp == TEH_MARBUTA) {
                letters.add(TEH_MARBUTA_MARK);
            } else if (TABLE.containsKey(cp)) {
                String latin = TABLE.get(cp);
                if (!latin.isEmpty()) {
                    letters.add(latin);
                }
            } else if (cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z') {
                letters.add(String.valueOf((char) Character.toUpperCase(cp)));
            } else if (!isOmitted(cp)) {
                throw new IllegalArgumentException(String.format("'%s' (U+%04X) has no ICAO 9303 transliteration",
                        new String(Character.toChars(cp)), cp));
            }
        }
        flush(letters, components);
        return String.join("<", components);
    }

    /** The table's transliteration of one letter, empty when the table has no row for it. */
    public static Optional<String> letter(int codePoint) {
        if (codePoint == TEH_MARBUTA) {
            return Optional.of("XTA");
        }
        return Optional.ofNullable(TABLE.get(codePoint));
    }

    private static void flush(List<String> letters, List<String> components) {
        if (letters.isEmpty()) {
            return;
        }
        StringBuilder component = new StringBuilder();
        for (int i = 0; i < letters.size(); i++) {
            String letter = letters.get(i);
            if (letter.equals(TEH_MARBUTA_MARK)) {
                component.append(i == letters.size() - 1 ? "XAH" : "XTA");
            } else {
                component.append(letter);
            }
        }
        components.add(component.toString());
        letters.clear();
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '-' || cp == ',' || cp == 0x060C
                || cp == 0x2010 || cp == 0x2011;
    }

    private static boolean isOmitted(int cp) {
        return cp == '\'' || cp == '.' || cp == 0x2019 || cp == 0x06D4
                || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0xFEFF
                || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static Map<Integer, String> table() {
        Map<Integer, String> table = new HashMap<>();
        table.put(0x0621, "XE"); // ء hamza
        table.put(0x0622, "XAA"); // آ alef with madda above
        table.put(0x0623, "XAE"); // أ alef with hamza above
        table.put(0x0624, "U"); // ؤ waw with hamza above
        table.put(0x0625, "I"); // إ alef with hamza below
        table.put(0x0626, "XI"); // ئ yeh with hamza above
        table.put(0x0627, "A"); // ا alef
        table.put(0x0628, "B"); // ب beh
        table.put(0x062A, "T"); // ت teh
        table.put(0x062B, "XTH"); // ث theh
        table.put(0x062C, "J"); // ج jeem
        table.put(0x062D, "XH"); // ح hah
        table.put(0x062E, "XKH"); // خ khah
        table.put(0x062F, "D"); // د dal
        table.put(0x0630, "XDH"); // ذ thal
        table.put(0x0631, "R"); // ر reh
        table.put(0x0632, "Z"); // ز zain
        table.put(0x0633, "S"); // س seen
        table.put(0x0634, "XSH"); // ش sheen
        table.put(0x0635, "XSS"); // ص sad
        table.put(0x0636, "XDZ"); // ض dad
        table.put(0x0637, "XTT"); // ط tah
        table.put(0x0638, "XZZ"); // ظ zah
        table.put(0x0639, "E"); // ع ain
        table.put(0x063A, "G"); // غ ghain
        table.put(0x0640, ""); // ـ tatwheel
        table.put(0x0641, "F"); // ف feh
        table.put(0x0642, "Q"); // ق qaf
        table.put(0x0643, "K"); // ك kaf
        table.put(0x0644, "L"); // ل lam
        table.put(0x0645, "M"); // م meem
        table.put(0x0646, "N"); // ن noon
        table.put(0x0647, "H"); // ه heh
        table.put(0x0648, "W"); // و waw
        table.put(0x0649, "XAY"); // ى alef maksura
        table.put(0x064A, "Y"); // ي yeh
        table.put(0x064B, ""); // ً fathatan
        table.put(0x064C, ""); // ٌ dammatan
        table.put(0x064D, ""); // ٍ kasratan
        table.put(0x064E, ""); // َ fatha
        table.put(0x064F, ""); // ُ damma
        table.put(0x0650, ""); // ِ kasra
        table.put(0x0652, ""); // ْ sukun
        table.put(0x0670, ""); // ٰ superscript alef
        table.put(0x0671, "XXA"); // ٱ alef wasla
        table.put(0x0679, "XXT"); // ٹ tteh
        table.put(0x067C, "XRT"); // ټ teh with ring
        table.put(0x067E, "P"); // پ peh
        table.put(0x0681, "XKE"); // ځ hah with hamza above
        table.put(0x0685, "XXH"); // څ hah with 3 dots above
        table.put(0x0686, "XC"); // چ tcheh
        table.put(0x0688, "XXD"); // ڈ ddal
        table.put(0x0689, "XDR"); // ډ dal with ring
        table.put(0x0691, "XXR"); // ڑ rreh
        table.put(0x0693, "XRR"); // ړ reh with ring
        table.put(0x0696, "XRX"); // ږ reh with dot below and dot above
        table.put(0x0698, "XJ"); // ژ jeh
        table.put(0x069A, "XXS"); // ښ seen with dot below and dot above
        table.put(0x069C, ""); // ڜ seen with 3 dots below and 3 dots above
        table.put(0x06A2, ""); // ڢ feh with dot moved below
        table.put(0x06A7, ""); // ڧ qaf with dot above
        table.put(0x06A8, ""); // ڨ qaf with 3 dots above
        table.put(0x06A9, "XKK"); // ک keheh
        table.put(0x06AB, "XXK"); // ګ kaf with ring
        table.put(0x06AD, "XNG"); // ڭ ng
        table.put(0x06AF, "XGG"); // گ gaf
        table.put(0x06BA, "XNN"); // ں noon ghunna
        table.put(0x06BC, "XXN"); // ڼ noon with ring
        table.put(0x06BE, "XDO"); // ھ heh doachashmee
        table.put(0x06C0, "XYH"); // ۀ heh with yeh above
        table.put(0x06C1, "XXG"); // ہ heh goal
        table.put(0x06C2, "XGE"); // ۂ heh goal with hamza above
        table.put(0x06C3, "XTG"); // ۃ teh marbuta goal
        table.put(0x06CC, "XYA"); // ی farsi yeh
        table.put(0x06CD, "XXY"); // ۍ yeh with tail
        table.put(0x06D0, "Y"); // ې yeh
        table.put(0x06D2, "XYB"); // ے yeh barree
        table.put(0x06D3, "XBE"); // ۓ yeh barree with hamza above
        table.put(0x06A4, "V"); // ڤ veh
        table.put(0x06A5, "XF"); // ڥ feh with 3 dots below
        return Map.copyOf(table);
    }
}
