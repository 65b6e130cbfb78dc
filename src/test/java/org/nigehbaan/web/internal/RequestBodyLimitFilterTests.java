package org.nigehbaan.web.internal;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.nigehbaan.common.PayloadTooLargeException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which limit bounds which body, checked on the declared length and while the body streams. */
class RequestBodyLimitFilterTests {

    final RequestLimits limits = new RequestLimits(DataSize.ofBytes(100), DataSize.ofBytes(200), DataSize.ofBytes(300),
            DataSize.ofBytes(400), DataSize.ofBytes(500));
    final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(limits);

    static MockHttpServletRequest post(String path, String contentType, byte[] body) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", path);
        r.setContentType(contentType);
        r.setContent(body);
        return r;
    }

    @Test
    void eachKindOfBodyHasItsOwnLimit() {
        assertThat(filter.limitFor(post("/api/v1/control-list/imports", "text/csv", new byte[0])))
                .isEqualTo(new RequestBodyLimitFilter.Limit("control-list-import", 400));
        assertThat(filter.limitFor(post("/api/v1/screenings/batch", "text/csv", new byte[0])))
                .isEqualTo(new RequestBodyLimitFilter.Limit("csv-batch", 200));
        assertThat(filter.limitFor(post("/api/v1/screenings/batch", "application/edifact", new byte[0])))
                .isEqualTo(new RequestBodyLimitFilter.Limit("paxlst", 300));
        assertThat(filter.limitFor(post("/api/v1/screenings", "application/json", new byte[0])))
                .isEqualTo(new RequestBodyLimitFilter.Limit("json", 100));
        assertThat(filter.limitFor(post("/api/v1/child-reports/bulk", "application/x-ndjson", new byte[0])))
                .isEqualTo(new RequestBodyLimitFilter.Limit("child-report-bulk", 500));
        assertThat(filter.limitFor(post("/api/v1/child-reports", "application/json", new byte[0])))
                .as("one report is JSON").isEqualTo(new RequestBodyLimitFilter.Limit("json", 100));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        MockHttpServletRequest request = post("/api/v1/control-list/imports", "text/csv", new byte[401]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] called = {false};
        filter.doFilter(request, response, (req, res) -> called[0] = true);
        assertThat(called[0]).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"limit\":\"control-list-import\"", "\"maximum\":400");
    }

    @Test
    void aBodyStreamingPastTheLimitFailsTheRead() {
        MockHttpServletRequest request = post("/api/v1/control-list/imports", "text/csv", new byte[401]);
        request.addHeader("Transfer-Encoding", "chunked");
        MockHttpServletRequestWithoutLength chunked = new MockHttpServletRequestWithoutLength(request);
        FilterChain readAll = (req, res) -> req.getInputStream().readAllBytes();
        assertThatThrownBy(() -> filter.doFilter(chunked, new MockHttpServletResponse(), readAll))
                .isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("400 bytes");
    }

    @Test
    void pagesFormsAndReadsAreNotItsBusiness() throws Exception {
        MockHttpServletRequest form = post("/control-list/new", "application/x-www-form-urlencoded", new byte[1000]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] called = {false};
        filter.doFilter(form, response, (req, res) -> called[0] = true);
        assertThat(called[0]).isTrue();
    }

    /** A request that does not declare its length, as a chunked upload. */
    static final class MockHttpServletRequestWithoutLength extends jakarta.servlet.http.HttpServletRequestWrapper {
        MockHttpServletRequestWithoutLength(MockHttpServletRequest request) {
            super(request);
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }
    }
}
