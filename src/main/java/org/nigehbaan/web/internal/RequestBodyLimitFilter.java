package org.nigehbaan.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.nigehbaan.common.PayloadTooLargeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body of the API by its kind ({@link RequestLimits}): a body that declares a larger
 * {@code Content-Length} is refused before it is read; one that streams past the limit fails the read with
 * {@link PayloadTooLargeException}, which becomes a 413 problem (and rolls back whatever the request began).
 */
@Component
class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final String IMPORTS = "/api/v1/control-list/imports";
    static final String BATCH = "/api/v1/screenings/batch";
    static final String CHILD_REPORTS_BULK = "/api/v1/child-reports/bulk";

    private final RequestLimits limits;

    RequestBodyLimitFilter(RequestLimits limits) {
        this.limits = limits;
    }

    /** The limit that applies to a request, by its path and content type. */
    record Limit(String name, long bytes) {
    }

    Limit limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (path.equals(IMPORTS)) {
            return new Limit("control-list-import", limits.controlListImport().toBytes());
        }
        if (path.equals(CHILD_REPORTS_BULK)) {
            return new Limit("child-report-bulk", limits.childReportBulk().toBytes());
        }
        if (path.equals(BATCH)) {
            return type.contains("csv") ? new Limit("csv-batch", limits.csvBatch().toBytes())
                    : new Limit("paxlst", limits.paxlst().toBytes());
        }
        return new Limit("json", limits.json().toBytes());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                || type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitFor(request);
        if (request.getContentLengthLong() > limit.bytes()) {
            ProblemDetailsAdvice.writeTooLarge(response, new PayloadTooLargeException(limit.name(), limit.bytes()));
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    /** The request with a body that fails the read past its limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final Limit limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, Limit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final Limit limit;
        private long read;

        Counting(ServletInputStream in, Limit limit) {
            this.in = in;
            this.limit = limit;
        }

        private void count(long n) {
            if (n > 0) {
                read += n;
                if (read > limit.bytes()) {
                    throw new PayloadTooLargeException(limit.name(), limit.bytes());
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
