package org.nigehbaan.register.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The offences the register knows, loaded from one CSV file (by default {@code register/offences.csv}, whose
 * header row documents the columns): those whose conviction makes a person a sex offender, and those that
 * only make an FIR a sexual-crime FIR. Parses offences as officers write them: {@code PPC 376},
 * {@code 376(1) PPC}, {@code u/s 377-B P.P.C.}, {@code PECA s.22}.
 */
public final class OffenceCatalogue {

    /** An offence as cited: the catalogue entry and the citation with its subsection, {@code PPC 376(1)}. */
    public record Cited(Offence offence, String citation) {
    }

    private static final Pattern PPC = Pattern.compile("\\bPAKISTAN PENAL CODE\\b|\\bP\\s*\\.?\\s*P\\s*\\.?\\s*C\\b\\.?");
    private static final Pattern PECA = Pattern.compile("\\bPREVENTION OF ELECTRONIC CRIMES ACT\\b|\\bP\\s*\\.?\\s*E\\s*\\.?\\s*C\\s*\\.?\\s*A\\b\\.?");
    // "u/s", "section", "sec.", "s.", "of", "the", "act", commas and a year ("PPC 1860") carry no meaning here.
    private static final Pattern FILLER = Pattern.compile(
            "\\bU\\s*/\\s*S\\b|\\bSECTIONS?\\b|\\bSEC\\b\\.?|\\bS\\s*\\.|,|\\bOF\\b|\\bTHE\\b|\\bACT\\b|\\b\\d{4}\\b");
    private static final Pattern SECTION = Pattern.compile("(\\d{1,3})\\s*-?\\s*([A-Z])?\\s*((\\(\\s*[0-9A-Z]{1,4}\\s*\\)\\s*)*)");

    private final Map<String, Offence> byCode;
    private final List<Offence> ordered;
    private final String source;

    public OffenceCatalogue(List<Offence> offences, String source) {
        Map<String, Offence> m = new LinkedHashMap<>();
        for (Offence o : offences) {
            if (m.put(o.code(), o) != null) {
                throw new IllegalArgumentException("offence " + o.code() + " is listed twice in " + source);
            }
        }
        this.byCode = Map.copyOf(m);
        this.source = source;
        this.ordered = List.copyOf(m.values());
    }

    /**
     * Reads the catalogue: header {@code statute,section,title,registrable,sorna_tier,source}.
     *
     * @throws IllegalStateException naming the line of a malformed row
     */
    public static OffenceCatalogue load(InputStream in, String source) {
        List<Offence> list = new ArrayList<>();
        try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').setIgnoreSurroundingSpaces(true).get().parse(r)) {
                try {
                    list.add(new Offence(statute(rec.get("statute")), rec.get("section").toUpperCase(Locale.ROOT),
                            rec.get("title"), Boolean.parseBoolean(rec.get("registrable")),
                            Integer.parseInt(rec.get("sorna_tier")), rec.get("source")));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(source + " line " + rec.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OffenceCatalogue(list, source);
    }

    private static String statute(String s) {
        String u = s.strip().toUpperCase(Locale.ROOT);
        if (!u.equals("PPC") && !u.equals("PECA")) {
            throw new IllegalArgumentException("statute '" + s + "' is neither PPC nor PECA");
        }
        return u;
    }

    public List<Offence> all() {
        return ordered;
    }

    public List<Offence> registrable() {
        return ordered.stream().filter(Offence::registrable).toList();
    }

    /** The entry for a code such as {@code PPC 376}. */
    public java.util.Optional<Offence> find(String code) {
        return java.util.Optional.ofNullable(byCode.get(code));
    }

    public String source() {
        return source;
    }

    /**
     * Parses an offence an officer wrote and finds it in the catalogue.
     *
     * @throws IllegalArgumentException when the text is not a citation or the section is not in the catalogue
     */
    public Cited parse(String raw) {
        String[] c = citation(raw);
        Offence o = byCode.get(c[0] + " " + c[1]);
        if (o == null) {
            throw new IllegalArgumentException("'" + raw.strip() + "' is not in the register's offence list ("
                    + c[0] + " " + c[1] + " is unknown); the qualifying offences are "
                    + String.join(", ", registrable().stream().map(Offence::code).toList()));
        }
        return new Cited(o, o.code() + c[2]);
    }

    /**
     * Parses a citation and finds it: empty when well formed but not in the catalogue (an FIR may cite other
     * offences alongside a sexual one).
     *
     * @throws IllegalArgumentException when the text is not a citation
     */
    public java.util.Optional<Cited> parseKnown(String raw) {
        String[] c = citation(raw);
        Offence o = byCode.get(c[0] + " " + c[1]);
        return o == null ? java.util.Optional.empty() : java.util.Optional.of(new Cited(o, o.code() + c[2]));
    }

    /** {@code [statute, section, subsection]}, e.g. {@code [PPC, 376, (1)]}. */
    private static String[] citation(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("is required, as PPC 376 or PECA 22");
        }
        String s = " " + raw.strip().toUpperCase(Locale.ROOT) + " ";
        String statute = null;
        Matcher m = PECA.matcher(s);
        if (m.find()) {
            statute = "PECA";
            s = m.replaceAll(" ");
        }
        m = PPC.matcher(s);
        if (m.find()) {
            if (statute != null) {
                throw new IllegalArgumentException("'" + raw.strip() + "' names two statutes: cite one offence");
            }
            statute = "PPC";
            s = m.replaceAll(" ");
        }
        s = FILLER.matcher(s).replaceAll(" ").strip();
        Matcher sec = SECTION.matcher(s);
        if (!sec.matches()) {
            throw new IllegalArgumentException("'" + raw.strip() + "' is not an offence: write it as PPC 376 or PECA 22");
        }
        if (statute == null) {
            throw new IllegalArgumentException("'" + raw.strip() + "' does not name its statute: write PPC "
                    + s + " or PECA " + s);
        }
        String section = sec.group(1) + (sec.group(2) == null ? "" : sec.group(2));
        String sub = sec.group(3) == null ? "" : sec.group(3).replaceAll("\\s+", "");
        return new String[] {statute, section, sub};
    }

    /** As {@link #parse(String)}, and the offence must put a person on the register. */
    public Cited parseRegistrable(String raw) {
        Cited c = parse(raw);
        if (!c.offence().registrable()) {
            throw new IllegalArgumentException(c.offence().code() + " (" + c.offence().title()
                    + ") does not make a person a sex offender; the qualifying offences are "
                    + String.join(", ", registrable().stream().map(Offence::code).toList()));
        }
        return c;
    }
}
