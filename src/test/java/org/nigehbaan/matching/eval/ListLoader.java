package org.nigehbaan.matching.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the OFAC SDN (legacy CSV) and UN consolidated (XML) lists into evaluation records. Evaluation only:
 * the control-list module has its own importers.
 */
public final class ListLoader {

    /** A listed individual: primary name, strong and weak aliases, original-script names and the rest. */
    public record Person(String id, String primary, List<String> strongAliases, List<String> weakAliases,
                  List<String> originalScript, List<PartialDate> dobs, Gender gender, List<Country> nationalities,
                  List<PassportNumber> documents) {
    }

    private static final Pattern DATE_DMY = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3}) (\\d{4})");
    private static final Pattern DATE_MY = Pattern.compile("([A-Za-z]{3}) (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}) to (\\d{4})");
    private static final Pattern WEAK_AKA = Pattern.compile("a\\.k\\.a\\. '([^']+)'");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private ListLoader() {
    }

    static List<Person> ofac(Path dir) throws IOException {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (CSVRecord r : csv(dir.resolve("alt.csv"))) {
            if (r.size() < 4) {
                continue;
            }
            aliases.computeIfAbsent(r.get(0).trim(), k -> new ArrayList<>()).add(r.get(3).trim());
        }
        List<Person> out = new ArrayList<>();
        for (CSVRecord r : csv(dir.resolve("sdn.csv"))) {
            if (r.size() < 12 || !r.get(2).trim().equals("individual")) {
                continue;
            }
            String id = r.get(0).trim();
            String remarks = nul(r.get(11));
            List<PartialDate> dobs = new ArrayList<>();
            List<Country> nats = new ArrayList<>();
            List<PassportNumber> docs = new ArrayList<>();
            List<String> weak = new ArrayList<>();
            Gender gender = null;
            if (remarks != null) {
                Matcher m = WEAK_AKA.matcher(remarks);
                while (m.find()) {
                    weak.add(m.group(1).trim());
                }
                for (String part : remarks.split(";")) {
                    String p = part.trim();
                    if (p.startsWith("alt. ")) {
                        p = p.substring(5);
                    }
                    if (p.startsWith("DOB ")) {
                        dobs.addAll(dates(p.substring(4)));
                    } else if (p.startsWith("nationality ") || p.startsWith("citizen ")) {
                        Country c = Countries.parse(p.substring(p.indexOf(' ') + 1).replaceAll("\\.$", ""));
                        if (c != null && !nats.contains(c)) {
                            nats.add(c);
                        }
                    } else if (p.startsWith("Passport ") || p.startsWith("National ID No. ")) {
                        String num = p.substring(p.startsWith("Passport ") ? 9 : 16).split(" \\(")[0].trim();
                        try {
                            docs.add(PassportNumber.parse(num));
                        } catch (IllegalArgumentException ignored) {
                            // not a number we can use
                        }
                    } else if (p.startsWith("Gender ")) {
                        gender = p.contains("Female") ? Gender.F : p.contains("Male") ? Gender.M : null;
                    }
                }
            }
            out.add(new Person("OFAC-" + id, r.get(1).trim(), aliases.getOrDefault(id, List.of()), weak, List.of(),
                    dobs, gender, nats, docs));
        }
        return out;
    }

    static List<PartialDate> dates(String s) {
        List<PartialDate> out = new ArrayList<>();
        s = s.replace("circa ", "").trim();
        Matcher range = RANGE.matcher(s);
        if (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            for (int y = from; y <= to && y - from < 10; y++) {
                out.add(PartialDate.ofYear(y));
            }
            return out;
        }
        try {
            Matcher m = DATE_DMY.matcher(s);
            if (m.find()) {
                out.add(new PartialDate(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
                return out;
            }
            m = DATE_MY.matcher(s);
            if (m.find() && month(m.group(1)) > 0) {
                out.add(new PartialDate(Integer.parseInt(m.group(2)), month(m.group(1)), 0));
                return out;
            }
            m = YEAR.matcher(s);
            if (m.find()) {
                out.add(PartialDate.ofYear(Integer.parseInt(m.group(1))));
            }
        } catch (IllegalArgumentException ignored) {
            // an impossible date in the source
        }
        return out;
    }

    private static int month(String m) {
        return MONTHS.indexOf(m.toLowerCase(Locale.ROOT)) + 1;
    }

    static List<Person> un(Path xml) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        NodeList people = doc.getElementsByTagName("INDIVIDUAL");
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < people.getLength(); i++) {
            Element p = (Element) people.item(i);
            List<String> parts = new ArrayList<>();
            for (String tag : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
                String v = text(p, tag);
                if (v != null) {
                    parts.add(v);
                }
            }
            String primary = String.join(" ", parts);
            List<String> strong = new ArrayList<>();
            List<String> weak = new ArrayList<>();
            NodeList aliases = p.getElementsByTagName("INDIVIDUAL_ALIAS");
            for (int a = 0; a < aliases.getLength(); a++) {
                Element al = (Element) aliases.item(a);
                String name = text(al, "ALIAS_NAME");
                if (name == null) {
                    continue;
                }
                ("Low".equalsIgnoreCase(text(al, "QUALITY")) ? weak : strong).add(name);
            }
            List<String> original = new ArrayList<>();
            String os = text(p, "NAME_ORIGINAL_SCRIPT");
            if (os != null) {
                original.add(os);
            }
            List<PartialDate> dobs = new ArrayList<>();
            NodeList dl = p.getElementsByTagName("INDIVIDUAL_DATE_OF_BIRTH");
            for (int d = 0; d < dl.getLength(); d++) {
                Element de = (Element) dl.item(d);
                String date = text(de, "DATE");
                String year = text(de, "YEAR");
                String from = text(de, "FROM_YEAR");
                String to = text(de, "TO_YEAR");
                try {
                    if (date != null) {
                        dobs.add(PartialDate.parse(date.substring(0, Math.min(10, date.length()))));
                    } else if (year != null) {
                        dobs.add(PartialDate.ofYear(Integer.parseInt(year.trim())));
                    } else if (from != null && to != null) {
                        for (int y = Integer.parseInt(from.trim()); y <= Integer.parseInt(to.trim()); y++) {
                            dobs.add(PartialDate.ofYear(y));
                        }
                    }
                } catch (IllegalArgumentException ignored) {
                    // unusable date
                }
            }
            List<Country> nats = new ArrayList<>();
            NodeList nl = p.getElementsByTagName("NATIONALITY");
            for (int n = 0; n < nl.getLength(); n++) {
                NodeList values = ((Element) nl.item(n)).getElementsByTagName("VALUE");
                for (int v = 0; v < values.getLength(); v++) {
                    Country c = Countries.parse(values.item(v).getTextContent());
                    if (c != null && !nats.contains(c)) {
                        nats.add(c);
                    }
                }
            }
            String g = text(p, "GENDER");
            Gender gender = g == null ? null : g.startsWith("F") ? Gender.F : g.startsWith("M") ? Gender.M : null;
            List<PassportNumber> docs = new ArrayList<>();
            NodeList docNodes = p.getElementsByTagName("INDIVIDUAL_DOCUMENT");
            for (int d = 0; d < docNodes.getLength(); d++) {
                String num = text((Element) docNodes.item(d), "NUMBER");
                if (num != null) {
                    try {
                        docs.add(PassportNumber.parse(num.split(" ")[0]));
                    } catch (IllegalArgumentException ignored) {
                        // not usable
                    }
                }
            }
            out.add(new Person("UN-" + text(p, "DATAID"), primary, strong, weak, original, dobs, gender, nats, docs));
        }
        return out;
    }

    private static String text(Element e, String tag) {
        NodeList nl = e.getElementsByTagName(tag);
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n.getParentNode() == e || tag.equals("NUMBER") || tag.equals("DATE") || tag.equals("YEAR")
                    || tag.equals("FROM_YEAR") || tag.equals("TO_YEAR") || tag.equals("ALIAS_NAME")
                    || tag.equals("QUALITY")) {
                String t = n.getTextContent().trim();
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }

    static List<CSVRecord> csv(Path p) throws IOException {
        String s = Files.readString(p, StandardCharsets.UTF_8).replace("\u001a", "");
        try (Reader r = new java.io.StringReader(s)) {
            return CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(r).getRecords();
        }
    }

    private static String nul(String s) {
        String t = s == null ? null : s.trim();
        return t == null || t.isEmpty() || t.equals("-0-") ? null : t;
    }
}
