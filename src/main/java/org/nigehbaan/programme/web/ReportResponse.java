package org.nigehbaan.programme.web;

import org.nigehbaan.programme.ProgrammeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report as a download, for the API and the pages alike. */
final class ReportResponse {

    private ReportResponse() {
    }

    static ResponseEntity<byte[]> of(ProgrammeService.Report report) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(report.mediaType() + (report.mediaType().startsWith("text/")
                        ? ";charset=UTF-8" : "")))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(report.fileName())
                        .build().toString())
                .body(report.content());
    }
}
