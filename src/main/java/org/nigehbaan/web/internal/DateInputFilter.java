package org.nigehbaan.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every form asks for dates the GOV.UK way, three boxes (day, month, year) and, for a moment, two more (hour,
 * minute): {@code receivedOn-day}, {@code receivedOn-month}, {@code receivedOn-year}. This filter joins them
 * into the one ISO value the services already parse ({@code receivedOn=2026-03-02}, {@code 1984-03} or
 * {@code 1984} when only part of a date of birth is known, {@code 2026-03-02T14:30} with a time), so no
 * controller deals with the boxes and a wrong date is refused by the service under the field's own name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DateInputFilter extends OncePerRequestFilter {

    static final String DAY = "-day";
    static final String MONTH = "-month";
    static final String YEAR = "-year";
    static final String HOUR = "-hour";
    static final String MINUTE = "-minute";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> joined = joined(request.getParameterMap());
        chain.doFilter(joined.isEmpty() ? request : new Joined(request, joined), response);
    }

    /** The ISO values of every date group in the parameters, by the group's name. */
    static Map<String, String[]> joined(Map<String, String[]> params) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String name : params.keySet()) {
            if (!name.endsWith(YEAR)) {
                continue;
            }
            String base = name.substring(0, name.length() - YEAR.length());
            if (params.containsKey(base)) {
                continue; // a plain field of that name was sent too: it wins
            }
            out.put(base, new String[] {join(first(params, base + DAY), first(params, base + MONTH),
                    first(params, base + YEAR), first(params, base + HOUR), first(params, base + MINUTE))});
        }
        return out;
    }

    /**
     * The ISO text of the boxes: empty when all are empty; the year alone, or year and month, for a partial date;
     * otherwise all three (a missing part stays empty, so the service names the date as invalid).
     */
    static String join(String day, String month, String year, String hour, String minute) {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return "";
        }
        String date;
        if (day.isEmpty() && month.isEmpty()) {
            date = year;
        } else if (day.isEmpty()) {
            date = year + "-" + pad(month);
        } else {
            date = year + "-" + pad(month) + "-" + pad(day);
        }
        if (!hour.isEmpty() || !minute.isEmpty()) {
            date += "T" + pad(hour) + ":" + pad(minute.isEmpty() ? "0" : minute);
        }
        return date;
    }

    private static String pad(String part) {
        return part.length() == 1 && Character.isDigit(part.charAt(0)) ? "0" + part : part;
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 || v[0] == null ? "" : v[0].strip();
    }

    /** The request with the joined values added to its parameters. */
    private static final class Joined extends HttpServletRequestWrapper {
        private final Map<String, String[]> all;

        Joined(HttpServletRequest request, Map<String, String[]> joined) {
            super(request);
            Map<String, String[]> m = new LinkedHashMap<>(request.getParameterMap());
            m.putAll(joined);
            this.all = Collections.unmodifiableMap(m);
        }

        @Override
        public String getParameter(String name) {
            String[] v = all.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return all.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return all;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(all.keySet());
        }
    }
}
