package org.nigehbaan.childprotection.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.nigehbaan.childprotection.IncidentType;
import org.nigehbaan.childprotection.NewChildReport;
import org.nigehbaan.childprotection.VictimAgeBand;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.identity.Cnic;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.Violations;

/**
 * Turns what a client sent into a {@link ParsedReport}, reporting every bad field at once by its path
 * ({@code suspects[0].phones[1]}, {@code files[2].pdq}); text fields are checked for media on the way.
 */
public final class ReportParser {

    public static final int MAX_SUSPECTS = 20;
    public static final int MAX_ITEMS = 20;
    public static final int MAX_URLS = 100;
    public static final int MAX_FILES = 1000;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_TEXT = 200;
    public static final int MAX_URL = 2_000;

    private final Clock clock;

    public ReportParser(Clock clock) {
        this.clock = clock;
    }

    /** @throws org.nigehbaan.identity.InvalidInputException naming every bad field */
    public ParsedReport parse(NewChildReport in, boolean sourceIdRequired) {
        Violations v = new Violations();
        ParsedReport r = parse(in, sourceIdRequired, v);
        v.throwIfAny();
        return r;
    }

    /** As {@link #parse(NewChildReport, boolean)}, recording problems in {@code v}; null when there are any. */
    public ParsedReport parse(NewChildReport in, boolean sourceIdRequired, Violations v) {
        if (in == null) {
            v.add("body", "is required");
            return null;
        }
        int before = v.list().size();
        String sourceId = v.text("sourceReportId", in.sourceReportId(), sourceIdRequired, MAX_TEXT);
        IncidentType type = v.enumValue("incidentType", in.incidentType(), IncidentType.class);
        if (type == null && (in.incidentType() == null || in.incidentType().isBlank())) {
            v.add("incidentType", "is required: one of " + java.util.Arrays.toString(IncidentType.values()));
        }
        Instant incidentAt = incidentAt(v, in.incidentAt());
        String platform = text(v, "platform", in.platform(), MAX_TEXT);
        VictimAgeBand age = v.enumValue("victimAgeBand", in.victimAgeBand(), VictimAgeBand.class);
        NewChildReport.Urgent u = in.urgent();
        String description = text(v, "description", in.description(), MAX_DESCRIPTION);
        String contact = text(v, "reporterContact", in.reporterContact(), MAX_TEXT);
        Set<ParsedReport.Link> links = new LinkedHashSet<>();

        List<ParsedReport.Suspect> suspects = new ArrayList<>();
        List<NewChildReport.Suspect> rawSuspects = in.suspects() == null ? List.of() : in.suspects();
        if (rawSuspects.size() > MAX_SUSPECTS) {
            v.add("suspects", "has more than " + MAX_SUSPECTS + " suspects");
        } else {
            for (int i = 0; i < rawSuspects.size(); i++) {
                ParsedReport.Suspect s = suspect(v, "suspects[" + i + "]", rawSuspects.get(i), platform, links);
                if (s != null) {
                    suspects.add(s);
                }
            }
        }
        List<String> urls = new ArrayList<>();
        List<String> rawUrls = in.urls() == null ? List.of() : in.urls();
        if (rawUrls.size() > MAX_URLS) {
            v.add("urls", "has more than " + MAX_URLS + " URLs");
        } else {
            for (int i = 0; i < rawUrls.size(); i++) {
                String url = text(v, "urls[" + i + "]", rawUrls.get(i), MAX_URL);
                if (url == null) {
                    continue;
                }
                try {
                    links.add(new ParsedReport.Link(LinkKeys.URL, LinkKeys.url(url)));
                    urls.add(url);
                } catch (IllegalArgumentException e) {
                    v.add("urls[" + i + "]", e.getMessage());
                }
            }
        }
        List<ParsedReport.File> files = new ArrayList<>();
        List<NewChildReport.FileHashes> rawFiles = in.files() == null ? List.of() : in.files();
        if (rawFiles.size() > MAX_FILES) {
            v.add("files", "has more than " + MAX_FILES + " files");
        } else {
            for (int i = 0; i < rawFiles.size(); i++) {
                ParsedReport.File f = file(v, "files[" + i + "]", rawFiles.get(i), links);
                if (f != null) {
                    files.add(f);
                }
            }
        }
        if (v.list().size() > before) {
            return null;
        }
        return new ParsedReport(sourceId, type, incidentAt, platform, age == null ? VictimAgeBand.UNKNOWN : age,
                u != null && Boolean.TRUE.equals(u.imminentDanger()), u != null && Boolean.TRUE.equals(u.sextortion()),
                u != null && Boolean.TRUE.equals(u.liveAbuse()), u != null && Boolean.TRUE.equals(u.grooming()),
                description, contact, suspects, urls, files, links);
    }

    private ParsedReport.Suspect suspect(Violations v, String p, NewChildReport.Suspect s, String platform,
                                         Set<ParsedReport.Link> links) {
        if (s == null) {
            v.add(p, "is empty");
            return null;
        }
        List<String> names = list(v, p + ".names", s.names(), MAX_TEXT, UnaryOperator.identity());
        List<String> accounts = list(v, p + ".accounts", s.accounts(), MAX_TEXT, UnaryOperator.identity());
        List<String> emails = list(v, p + ".emails", s.emails(), MAX_TEXT, LinkKeys::email);
        List<String> phones = list(v, p + ".phones", s.phones(), MAX_TEXT, LinkKeys::phone);
        PartialDate dob = v.parseOptional(p + ".dateOfBirth", s.dateOfBirth(), PartialDate::parse);
        Cnic cnic = v.parseOptional(p + ".cnic", s.cnic(), Cnic::parse);
        List<PassportNumber> passports = new ArrayList<>();
        for (String doc : list(v, p + ".passportNumbers", s.passportNumbers(), 40, UnaryOperator.identity())) {
            PassportNumber n = v.parseOptional(p + ".passportNumbers", doc, PassportNumber::parse);
            if (n != null) {
                passports.add(n);
            }
        }
        Country country = v.parseOptional(p + ".country", s.country(), Country::parse);
        String address = text(v, p + ".address", s.address(), 500);
        if (names.isEmpty() && accounts.isEmpty() && emails.isEmpty() && phones.isEmpty() && cnic == null
                && passports.isEmpty()) {
            v.add(p, "needs a name, an account, an e-mail, a phone, a CNIC or a passport number");
            return null;
        }
        for (String a : accounts) {
            links.add(new ParsedReport.Link(LinkKeys.ACCOUNT, LinkKeys.account(platform, a)));
        }
        for (String e : emails) {
            links.add(new ParsedReport.Link(LinkKeys.EMAIL, e));
        }
        for (String ph : phones) {
            links.add(new ParsedReport.Link(LinkKeys.PHONE, ph));
        }
        List<String> uk = LinkKeys.ukIndicators(phones, emails, country == null ? null : country.code(), address);
        return new ParsedReport.Suspect(names, accounts, emails, phones, dob, cnic, passports, country, address, uk);
    }

    private ParsedReport.File file(Violations v, String p, NewChildReport.FileHashes f, Set<ParsedReport.Link> links) {
        if (f == null) {
            v.add(p, "is empty");
            return null;
        }
        int before = v.list().size();
        String name = text(v, p + ".fileName", f.fileName(), 500);
        if (f.size() != null && f.size() < 0) {
            v.add(p + ".size", "cannot be negative");
        }
        String md5 = hash(v, p + ".md5", f.md5(), 32, "an MD5 hash", false);
        String sha1 = hash(v, p + ".sha1", f.sha1(), 40, "a SHA-1 hash", false);
        String sha256 = hash(v, p + ".sha256", f.sha256(), 64, "a SHA-256 hash", true);
        String pdq = hash(v, p + ".pdq", f.pdq(), PdqHash.HEX_LENGTH, "a PDQ hash", false);
        if (v.list().size() > before) {
            return null;
        }
        links.add(new ParsedReport.Link(LinkKeys.SHA256, sha256));
        if (sha1 != null) {
            links.add(new ParsedReport.Link(LinkKeys.SHA1, sha1));
        }
        if (md5 != null) {
            links.add(new ParsedReport.Link(LinkKeys.MD5, md5));
        }
        return new ParsedReport.File(name, f.size(), md5, sha1, sha256, pdq);
    }

    private static String hash(Violations v, String field, String raw, int length, String name, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                v.add(field, "is required (" + length + " hex digits)");
            }
            return null;
        }
        try {
            return LinkKeys.hexHash(raw, length, name);
        } catch (IllegalArgumentException e) {
            v.add(field, e.getMessage());
            return null;
        }
    }

    private Instant incidentAt(Violations v, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        Instant at;
        try {
            at = s.length() <= 10 ? LocalDate.parse(s).atStartOfDay(ReportingPeriod.ZONE).toInstant()
                    : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            v.add("incidentAt", "'" + s + "' is not an ISO date (2026-01-31) or instant (2026-01-31T10:15:30Z)");
            return null;
        }
        if (at.isAfter(clock.instant().plusSeconds(300))) {
            v.add("incidentAt", "cannot be in the future");
            return null;
        }
        return at;
    }

    private static String text(Violations v, String field, String raw, int max) {
        String s = v.text(field, raw, false, max);
        MediaGuard.checkText(field, s);
        return s;
    }

    private static List<String> list(Violations v, String field, List<String> raw, int max, UnaryOperator<String> norm) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        if (raw.size() > MAX_ITEMS) {
            v.add(field, "has more than " + MAX_ITEMS + " items");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String s = text(v, field + "[" + i + "]", raw.get(i), max);
            if (s == null) {
                continue;
            }
            try {
                String n = norm.apply(s);
                if (!out.contains(n)) {
                    out.add(n);
                }
            } catch (IllegalArgumentException e) {
                v.add(field + "[" + i + "]", e.getMessage());
            }
        }
        return out;
    }
}
