package org.nigehbaan.childprotection.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.nigehbaan.childprotection.MediaRefusedException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 415, any request to the child-protection paths whose content type is media or multipart, before
 * anything reads its body: ahead of the security filters (whose CSRF check would otherwise make the container
 * parse a multipart body, and spool its parts to disk) and of the dispatcher. Nothing of the body is read, kept or
 * logged. Base64 media inside JSON or forms is refused by the service (see {@code internal.MediaGuard}).
 */
@Configuration(proxyBeanMethods = false)
class MediaRefusalFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> childReportMediaRefusal() {
        FilterRegistrationBean<OncePerRequestFilter> r = new FilterRegistrationBean<>(new Refuse());
        r.addUrlPatterns("/report/*", "/api/v1/child-reports/*", "/child-reports/*");
        r.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        r.setName("childReportMediaRefusal");
        return r;
    }

    /** Media and multipart content types: the body would be a file. */
    static boolean isMedia(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("multipart/") || t.startsWith("image/") || t.startsWith("video/") || t.startsWith("audio/")
                || t.startsWith("application/octet-stream") || t.startsWith("application/zip");
    }

    static final class Refuse extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!isMedia(request.getContentType())) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            response.setHeader("Connection", "close");
            response.setCharacterEncoding("UTF-8");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Media not accepted\",\"status\":415,"
                        + "\"detail\":\"" + MediaRefusedException.ADVICE + "\"}");
            } else {
                response.setContentType("text/html");
                response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                        + "Media not accepted</title></head><body><h1>Media not accepted</h1><p>"
                        + "Do not send pictures or videos. Describe what you saw in words instead.</p>"
                        + "<p dir=\"rtl\" lang=\"ur\">\u062a\u0635\u0627\u0648\u06cc\u0631 \u06cc\u0627 "
                        + "\u0648\u06cc\u0688\u06cc\u0648 \u0646\u06c1 \u0628\u06be\u06cc\u062c\u06cc\u06ba\u06d4 "
                        + "\u062c\u0648 \u062f\u06cc\u06a9\u06be\u0627 \u0627\u0633\u06d2 \u0627\u0644\u0641\u0627\u0638 "
                        + "\u0645\u06cc\u06ba \u0628\u06cc\u0627\u0646 \u06a9\u0631\u06cc\u06ba\u06d4</p>"
                        + "<p><a href=\"/report\">Back / \u0648\u0627\u067e\u0633</a></p></body></html>");
            }
        }
    }
}
