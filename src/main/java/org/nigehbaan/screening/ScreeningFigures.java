package org.nigehbaan.screening;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.nigehbaan.common.Figure;

/**
 * Screening's programme figures for a period (docs/programme.md has each definition). No personal data; every
 * number a {@link Figure}, so small counts read {@code "<5"}.
 *
 * @param points    the points of entry counted, or empty for all
 * @param totals    every screening in the period
 * @param byPurpose per purpose (EXIT, ENTRY, PASSPORT_ISSUANCE)
 * @param byPoint   per point of entry ({@link PointOfEntry}), most screenings first
 * @param byMonth   per calendar month the period touches
 * @param byDay     per day of the period
 * @param referrals what became of the period's referrals
 * @param redress   namesake redress recorded in the period
 * @param degraded  answers given from memory while the database was out of reach
 */
public record ScreeningFigures(List<String> points, Counts totals, List<PurposeRow> byPurpose, List<PointRow> byPoint,
                               List<MonthRow> byMonth, List<DayRow> byDay, Referrals referrals, Redress redress,
                               Degraded degraded) {

    /** Screenings, of which referred (REFER) and stopped (STOP), and the two rates. */
    public record Counts(Figure screenings, Figure referred, Figure stopped, Figure referRate, Figure stopRate) {

        public static Counts of(long screenings, long referred, long stopped) {
            return new Counts(Figure.count(screenings), Figure.count(referred), Figure.count(stopped),
                    Figure.share(referred, screenings), Figure.share(stopped, screenings));
        }
    }

    public record PurposeRow(Purpose purpose, Counts counts) {
    }

    public record PointRow(String point, Counts counts) {
    }

    public record MonthRow(YearMonth month, Counts counts) {
    }

    public record DayRow(LocalDate day, Counts counts) {
    }

    /**
     * @param referrals              screenings referred in the period
     * @param reviewed               of which an officer has reviewed at least one hit
     * @param confirmed              of which at least one hit was confirmed
     * @param cleared                of which every hit was found not to be the traveller, none confirmed
     * @param awaitingReview         neither confirmed nor cleared yet
     * @param medianMinutesToReview  from the screening to the first review, over reviewed referrals
     */
    public record Referrals(Figure referrals, Figure reviewed, Figure confirmed, Figure cleared, Figure awaitingReview,
                            Figure medianMinutesToReview) {
    }

    /**
     * @param notThisPerson namesake redress opened: hits reviewed "not this person" in the period
     * @param confirmed     redress a second border supervisor confirmed in the period (remembered from then on)
     * @param revoked       redress revoked in the period (the traveller is referred again)
     */
    public record Redress(Figure notThisPerson, Figure confirmed, Figure revoked) {
    }

    /** @param answers screenings answered in degraded mode; @param share of all screenings */
    public record Degraded(Figure answers, Figure share) {
    }
}
