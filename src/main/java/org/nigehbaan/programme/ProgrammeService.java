package org.nigehbaan.programme;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.audit.AuditLog;
import org.nigehbaan.audit.AuditRecord;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.Figure;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.programme.internal.Area;
import org.nigehbaan.programme.internal.FiguresSource;
import org.nigehbaan.programme.internal.ProgrammeProperties;
import org.nigehbaan.programme.internal.ReportWriter;
import org.nigehbaan.programme.internal.Section;
import org.nigehbaan.programme.internal.TargetRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The delivery unit: every module's figures for a period and area, the targets set on them, and the
 * steering-committee report. For analysts (and administrators, who also set targets); never personal data.
 */
@Service
public class ProgrammeService {

    /** The report's formats and languages. */
    public enum Format { PDF, CSV }

    /** A generated report: its bytes, media type and file name. */
    public record Report(byte[] content, String mediaType, String fileName) {
    }

    private final List<FiguresSource<Object>> sources;
    private final ProgrammeProperties properties;
    private final TargetRepository targets;
    private final ReportWriter writer;
    private final ITemplateEngine templates;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings({"unchecked", "rawtypes"})
    ProgrammeService(List<FiguresSource<?>> sources, ProgrammeProperties properties, TargetRepository targets,
                     ReportWriter writer, ITemplateEngine templates, AuditLog audit, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(FiguresSource::order))
                .map(s -> (FiguresSource<Object>) (FiguresSource) s).toList();
        this.properties = properties;
        this.targets = targets;
        this.writer = writer;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in the programme's calendar (Pakistan). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ReportingPeriod.ZONE);
    }

    /**
     * @param district a district (the register's spelling), or null/blank for the whole country
     * @throws DomainException 403 unless the actor is an analyst or an administrator
     */
    @Transactional(readOnly = true)
    public ProgrammeFigures figures(ReportingPeriod period, String district, Actor by) {
        requireReader(by);
        String d = district(district);
        Area area = d == null ? Area.NATIONAL : new Area(d, properties.pointsIn(d));
        List<ProgrammeFigures.Module> modules = new ArrayList<>();
        for (FiguresSource<Object> s : sources) {
            Object f = s.figures(period, area, by);
            modules.add(new ProgrammeFigures.Module(s.key(), f, s.section(f)));
        }
        return new ProgrammeFigures(period, d, modules);
    }

    /** The districts the filter offers: those of the points of entry and those given. */
    public List<String> districts(List<String> known) {
        Set<String> all = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        all.addAll(properties.pointDistricts().values());
        known.stream().filter(k -> k != null && !k.isBlank()).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * The steering-committee report, in English or Urdu; audited (who, which period, format, language, and the
     * content's SHA-256).
     */
    @Transactional
    public Report report(ReportingPeriod period, String district, String formatRaw, String langRaw, Actor by) {
        Violations v = new Violations();
        Format format = v.enumValue("format", formatRaw == null || formatRaw.isBlank() ? "PDF"
                : formatRaw.strip().toUpperCase(Locale.ROOT), Format.class);
        String lang = langRaw == null || langRaw.isBlank() ? "en" : langRaw.strip().toLowerCase(Locale.ROOT);
        if (!lang.equals("en") && !lang.equals("ur")) {
            v.add("lang", "must be en or ur");
        }
        v.throwIfAny();
        ProgrammeFigures figures = figures(period, district, by);
        Instant now = clock.instant();
        String base = "nigehbaan-programme-" + period.from() + "-" + period.to()
                + (figures.district() == null ? "" : "-" + figures.district().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        Report report;
        if (format == Format.CSV) {
            report = new Report(writer.csv(period, figures.district(), figures.sections(), now), "text/csv", base + ".csv");
        } else {
            Locale locale = Locale.forLanguageTag(lang);
            Context context = new Context(locale);
            context.setVariable("figures", figures);
            context.setVariable("generatedAt", now);
            context.setVariable("lang", lang);
            String xhtml = templates.process("programme/report", context);
            String fingerprint = lang + "|" + new String(writer.csv(period, figures.district(), figures.sections(),
                    Instant.EPOCH), StandardCharsets.UTF_8);
            report = new Report(writer.pdf(xhtml, "Nigehbaan programme figures " + period.from() + " to " + period.to(),
                    fingerprint, now), "application/pdf", base + (lang.equals("en") ? "" : "-" + lang) + ".pdf");
        }
        audit.append(AuditRecord.of(by.username(), "programme.report.generated", "ProgrammeReport", base)
                .with("from", period.from()).with("to", period.to()).with("district", figures.district())
                .with("format", format).with("lang", lang).with("sha256", sha256(report.content())));
        return report;
    }

    // ---- targets ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Target> targets(Actor by) {
        requireReader(by);
        return targets.all();
    }

    /** Sets (or replaces) the target on a headline figure; administrators only, audited. */
    @Transactional
    public Target setTarget(String figure, String comparison, String value, Actor by) {
        requireAdmin(by);
        Violations v = new Violations();
        Target.Comparison c = v.enumValue("comparison", comparison, Target.Comparison.class);
        if (comparison == null || comparison.isBlank()) {
            v.add("comparison", "is required: AT_LEAST or AT_MOST");
        }
        BigDecimal threshold = null;
        if (value == null || value.isBlank()) {
            v.add("value", "is required: a number (percent for a share)");
        } else {
            try {
                threshold = new BigDecimal(value.strip());
                if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
                    v.add("value", "must be between 0 and 1000000000");
                }
            } catch (NumberFormatException e) {
                v.add("value", "'" + value.strip() + "' is not a number");
            }
        }
        if (figure == null || !headlineKeys(by).contains(figure)) {
            v.add("figure", "'" + figure + "' is not a headline figure: use one of " + headlineKeys(by));
        }
        v.throwIfAny();
        Instant now = clock.instant();
        targets.put(figure, c, threshold, by.username(), now);
        audit.append(AuditRecord.of(by.username(), "programme.target.set", "ProgrammeTarget", figure)
                .with("comparison", c).with("value", threshold.toPlainString()));
        return new Target(figure, c, threshold, by.username(), now);
    }

    @Transactional
    public void removeTarget(String figure, Actor by) {
        requireAdmin(by);
        if (!targets.remove(figure)) {
            throw DomainException.notFound("target", figure);
        }
        audit.append(AuditRecord.of(by.username(), "programme.target.removed", "ProgrammeTarget", figure));
    }

    /** Whether a published figure meets its target; a suppressed or empty figure is not assessed. */
    public static Target.Track track(Figure figure, Target target) {
        if (figure.value().isEmpty()) {
            return Target.Track.NOT_ASSESSED;
        }
        BigDecimal value = BigDecimal.valueOf(figure.value().getAsDouble());
        if (figure.kind() == Figure.Kind.SHARE) {
            value = value.movePointRight(2);
        }
        int cmp = value.compareTo(target.value());
        boolean ok = target.comparison() == Target.Comparison.AT_LEAST ? cmp >= 0 : cmp <= 0;
        return ok ? Target.Track.ON_TRACK : Target.Track.OFF_TRACK;
    }

    /** Each headline figure's track against its target, by figure key (figures without a target are absent). */
    public Map<String, Target.Track> tracks(ProgrammeFigures figures, List<Target> all) {
        Map<String, Target> byFigure = all.stream().collect(Collectors.toMap(Target::figure, Function.identity()));
        Map<String, Target.Track> tracks = new java.util.LinkedHashMap<>();
        for (Section s : figures.sections()) {
            for (Section.Headline h : s.headlines()) {
                Target t = byFigure.get(h.key());
                if (t != null) {
                    tracks.put(h.key(), track(h.value(), t));
                }
            }
        }
        return tracks;
    }

    /** Every headline figure's key, in the dashboard's order. */
    public List<String> headlineKeys(Actor by) {
        LocalDate today = today();
        Set<String> keys = new LinkedHashSet<>();
        figures(new ReportingPeriod(today, today), null, by).sections()
                .forEach(s -> s.headlines().forEach(h -> keys.add(h.key())));
        return List.copyOf(keys);
    }

    private static String district(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String d = raw.strip().replaceAll("\\s+", " ");
        if (d.length() > 100) {
            throw new InvalidInputException("district", "is longer than 100 characters");
        }
        return d;
    }

    private static void requireReader(Actor by) {
        if (!by.hasAny(Role.ANALYST, Role.ADMIN)) {
            throw DomainException.forbidden("programme figures are for analysts and administrators");
        }
    }

    private static void requireAdmin(Actor by) {
        if (!by.has(Role.ADMIN)) {
            throw DomainException.forbidden("targets are set by an administrator");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
