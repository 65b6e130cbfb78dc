package org.nigehbaan.programme.internal;

import org.nigehbaan.accounts.Actor;
import org.nigehbaan.common.ReportingPeriod;

/**
 * A module's figures as the programme takes them: one adapter per module, ordered by {@link #order()}. The API
 * serialises {@link #figures} as the module published them, under {@link #key()}; the dashboard and the
 * report show {@link #section}.
 *
 * @param <F> the module's figures type ({@code ScreeningFigures}...)
 */
public interface FiguresSource<F> {

    /** The key in {@code GET /api/v1/programme/figures}: {@code controlList}, {@code screening}... */
    String key();

    /** Position in the response, the dashboard and the report, lowest first. */
    int order();

    F figures(ReportingPeriod period, Area area, Actor by);

    Section section(F figures);
}
