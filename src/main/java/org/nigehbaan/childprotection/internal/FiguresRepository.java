package org.nigehbaan.childprotection.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.nigehbaan.childprotection.ChildReportFigures;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.IntakeChannel;
import org.nigehbaan.common.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts for {@link ChildReportFigures}: nothing but numbers leaves these queries. */
@Repository
public class FiguresRepository {

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChildReportFigures figures(ReportingPeriod period, Instant now) {
        var start = ReportRepository.ts(period.start());
        var end = ReportRepository.ts(period.endExclusive());
        Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
        Map<IntakeChannel, Long> byChannel = new EnumMap<>(IntakeChannel.class);
        for (Grade g : Grade.values()) {
            byGrade.put(g, 0L);
        }
        for (IntakeChannel c : IntakeChannel.values()) {
            byChannel.put(c, 0L);
        }
        long[] received = {0};
        jdbc.sql("select grade, channel, count(*) from child_report where received_at >= ? and received_at < ? "
                + "group by grade, channel").params(start, end).query(rs -> {
                    long n = rs.getLong(3);
                    byGrade.merge(Grade.valueOf(rs.getString(1)), n, Long::sum);
                    byChannel.merge(IntakeChannel.valueOf(rs.getString(2)), n, Long::sum);
                    received[0] += n;
                });
        long within = count("select count(*) from child_report where triaged_at >= ? and triaged_at < ? "
                + "and deadline_met", start, end);
        long late = count("select count(*) from child_report where triaged_at >= ? and triaged_at < ? "
                + "and not deadline_met", start, end);
        Instant cutoff = now.isBefore(period.endExclusive()) ? now : period.endExclusive();
        long overdue = count("select count(*) from child_report where status = 'AWAITING_TRIAGE' and due_by < ? "
                + "and received_at < ?", ReportRepository.ts(cutoff), end);
        long open = count("select count(*) from child_report where received_at < ? and (closed_at is null "
                + "or closed_at >= ?)", end, end);
        long bundles = count("select count(*) from child_report_bundle where formed_at >= ? and formed_at < ?",
                start, end);
        long alerts = count("select count(*) from child_report_alert where raised_at >= ? and raised_at < ?",
                start, end);
        return new ChildReportFigures(period, received[0], Map.copyOf(byGrade), Map.copyOf(byChannel), within, late,
                overdue, open, bundles, alerts);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
