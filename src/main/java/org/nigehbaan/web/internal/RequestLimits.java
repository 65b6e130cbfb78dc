package org.nigehbaan.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be, by kind. Each is checked against a declared {@code Content-Length} before the
 * body is read, and again while it streams (a chunked body declares none); beyond it the answer is a 413
 * problem and nothing is stored. Forms and multipart uploads keep the server's own limits
 * ({@code server.tomcat.max-http-form-post-size}, {@code spring.servlet.multipart.*}).
 *
 * @param json        any JSON (or other) body of the API; default 1MB
 * @param csvBatch    a CSV batch of travellers, {@code POST /api/v1/screenings/batch} (text/csv); default 10MB
 * @param paxlst      a PAXLST manifest, {@code POST /api/v1/screenings/batch} (application/edifact); default 10MB
 * @param controlListImport a control-list import, {@code POST /api/v1/control-list/imports}; default 1GB
 *                    (a million rows are about 190MB)
 * @param childReportBulk a hotline's backlog of child reports as JSON Lines, {@code POST /api/v1/child-reports/bulk};
 *                    default 1GB (its line cap, {@code nigehbaan.child-reports.bulk-max-lines}, is a million)
 */
@ConfigurationProperties("nigehbaan.limits")
public record RequestLimits(@DefaultValue("1MB") DataSize json,
                            @DefaultValue("10MB") DataSize csvBatch,
                            @DefaultValue("10MB") DataSize paxlst,
                            @DefaultValue("1GB") DataSize controlListImport,
                            @DefaultValue("1GB") DataSize childReportBulk) {
}
