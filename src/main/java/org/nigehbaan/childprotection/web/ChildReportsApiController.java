package org.nigehbaan.childprotection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.childprotection.BulkResult;
import org.nigehbaan.childprotection.ChildReportFigures;
import org.nigehbaan.childprotection.ChildReportService;
import org.nigehbaan.childprotection.Grade;
import org.nigehbaan.childprotection.MediaRefusedException;
import org.nigehbaan.childprotection.ReportSummary;
import org.nigehbaan.childprotection.ReportView;
import org.nigehbaan.childprotection.StatusView;
import org.nigehbaan.childprotection.Submitted;
import org.nigehbaan.childprotection.TriageQuestion;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.common.ReportingPeriod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/child-reports")
@Tag(name = "Reports of children's online harassment", description = "Intake from platforms (PLATFORM_REPORTER) and "
        + "helpline officers, triage and actions (CHILD_PROTECTION_OFFICER), figures (ANALYST). Hashes only: any "
        + "request carrying media is refused with 415.")
class ChildReportsApiController {

    private final ChildReportService reports;
    private final CurrentActor current;

    ChildReportsApiController(ChildReportService reports, CurrentActor current) {
        this.reports = reports;
        this.current = current;
    }

    /** What a reporter gets back. */
    record Receipt(String reference, Grade grade, Instant dueBy) {
        static Receipt of(Submitted s) {
            return new Receipt(s.reference(), s.grade(), s.dueBy());
        }
    }

    record Triage(Map<String, Object> answers) {
    }

    record Action(String action, String note) {
    }

    record CooperationRequest(Integer suspect) {
    }

    record CooperationOpened(String caseReference) {
    }

    @PostMapping
    @Operation(summary = "Submit a report (201; 200 with the same reference when this reporter already sent its "
            + "sourceReportId)", description = "Evidence as hashes only: files [{fileName, size, md5, sha1, sha256, "
            + "pdq}]. Multipart, image/video bodies and base64 media in any field are refused with 415.")
    ResponseEntity<Receipt> submit(@RequestBody JsonNode body) {
        Submitted s = reports.submit(body, current.get());
        return ResponseEntity.status(s.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Receipt.of(s));
    }

    @PostMapping("/bulk")
    @Operation(summary = "A backlog in JSON Lines (application/x-ndjson): one report a line, each with its "
            + "sourceReportId", description = "All valid lines are stored in one transaction; invalid lines are listed "
            + "with their errors; lines already sent change nothing. Media anywhere: 415, nothing stored.")
    BulkResult bulk(HttpServletRequest request) throws IOException {
        return reports.bulk(request.getInputStream(), current.get());
    }

    @GetMapping
    @Operation(summary = "The work queue: open reports (or status=), earliest deadline first")
    PageResult<ReportSummary> queue(@RequestParam(required = false) String status,
                                    @RequestParam(required = false) String grade,
                                    @RequestParam(required = false) Boolean escalated,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return reports.queue(status, grade, escalated, PageRequest.of(page, size), current.get());
    }

    @GetMapping("/questionnaire")
    @Operation(summary = "The triage questionnaire: each question's id (the key in answers) and the grade a yes gives")
    List<TriageQuestion> questionnaire() {
        return reports.questionnaire();
    }

    @GetMapping("/figures")
    @Operation(summary = "Counts for a period, no personal data (from and to: ISO dates, Pakistan calendar days)")
    ChildReportFigures.Published figures(@RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to) {
        return reports.figures(ReportingPeriod.parse(from, to, LocalDate.now(ReportingPeriod.ZONE)), current.get())
                .published();
    }

    @GetMapping("/{reference}")
    @Operation(summary = "A report with its bundle, alerts and actions (every view is audited)")
    ReportView view(@PathVariable String reference) {
        return reports.view(reference, current.get());
    }

    @GetMapping("/{reference}/status")
    @Operation(summary = "Where one of your own reports stands (PLATFORM_REPORTER)")
    StatusView status(@PathVariable String reference) {
        return reports.status(reference, current.get());
    }

    @PostMapping("/{reference}/triage")
    @Operation(summary = "Triage with the questionnaire: every question answered true or false")
    Receipt triage(@PathVariable String reference, @RequestBody Triage body) {
        return Receipt.of(reports.triage(reference, body == null ? null : body.answers(), current.get()));
    }

    @PostMapping("/{reference}/actions")
    @Operation(summary = "Record an action (REFERRED_TO_POLICE, FIR_REGISTERED, NO_FURTHER_ACTION... close it)")
    ReportView act(@PathVariable String reference, @RequestBody Action body) {
        return reports.act(reference, body == null ? null : body.action(), body == null ? null : body.note(),
                current.get());
    }

    @PostMapping("/{reference}/cooperation-case")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a UK cooperation case (outgoing MLA) about a suspect the report places in the UK")
    CooperationOpened cooperation(@PathVariable String reference, @RequestBody CooperationRequest body) {
        int suspect = body == null || body.suspect() == null ? 0 : body.suspect();
        return new CooperationOpened(reports.openCooperationCase(reference, suspect, current.get()));
    }

    @ExceptionHandler(MediaRefusedException.class)
    ResponseEntity<ProblemDetail> media(MediaRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, MediaRefusedException.ADVICE);
        p.setTitle("Media not accepted");
        p.setProperty("field", e.field());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
