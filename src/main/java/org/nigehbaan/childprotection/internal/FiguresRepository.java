package org.nigehbaan.childprotection.internal;

import java.sql.Date;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.nigehbaan.childprotection.ChildReportFigures;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.IntakeChannel;
import org.nigehbaan.common.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts for {@link ChildReportFigures}: nothing but numbers leaves these queries. Received, triaged and open
 * reports come from {@code child_report_day} (per-day counts kept by triggers on {@code child_report}, V10_2), so a
 * year's figures never read the reports themselves; overdue reports from the index of those awaiting triage.
 */
@Repository
public class FiguresRepository {

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChildReportFigures figures(ReportingPeriod period, Instant now) {
        var start = ReportRepository.ts(period.start());
        var end = ReportRepository.ts(period.endExclusive());
        var from = Date.valueOf(period.from());
        var to = Date.valueOf(period.to());
        Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
        Map<IntakeChannel, Long> byChannel = new EnumMap<>(IntakeChannel.class);
        for (Grade g : Grade.values()) {
            byGrade.put(g, 0L);
        }
        for (IntakeChannel c : IntakeChannel.values()) {
            byChannel.put(c, 0L);
        }
        long[] received = {0};
        long[] triaged = {0, 0};
        jdbc.sql("select grade, channel, sum(received), sum(triaged_within), sum(triaged_late) from child_report_day "
                + "where day between ? and ? group by grade, channel").params(from, to).query(rs -> {
                    long n = rs.getLong(3);
                    byGrade.merge(Grade.valueOf(rs.getString(1)), n, Long::sum);
                    byChannel.merge(IntakeChannel.valueOf(rs.getString(2)), n, Long::sum);
                    received[0] += n;
                    triaged[0] += rs.getLong(4);
                    triaged[1] += rs.getLong(5);
                });
        Instant cutoff = now.isBefore(period.endExclusive()) ? now : period.endExclusive();
        long overdue = count("select count(*) from child_report where status = 'AWAITING_TRIAGE' and due_by < ? "
                + "and received_at < ?", ReportRepository.ts(cutoff), end);
        // Received by the period's last day and not closed by then (a report closes on or after its receipt day).
        long open = count("select coalesce(sum(received - closed), 0) from child_report_day where day <= ?", to);
        long bundles = count("select count(*) from child_report_bundle where formed_at >= ? and formed_at < ?",
                start, end);
        long alerts = count("select count(*) from child_report_alert where raised_at >= ? and raised_at < ?",
                start, end);
        return new ChildReportFigures(period, received[0], Map.copyOf(byGrade), Map.copyOf(byChannel), triaged[0], triaged[1],
                overdue, open, bundles, alerts);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
