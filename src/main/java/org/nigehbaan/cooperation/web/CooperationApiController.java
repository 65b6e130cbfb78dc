package org.nigehbaan.cooperation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.cooperation.AttachmentContent;
import org.nigehbaan.cooperation.CaseAction;
import org.nigehbaan.cooperation.CaseCommands;
import org.nigehbaan.cooperation.CaseSummary;
import org.nigehbaan.cooperation.CaseView;
import org.nigehbaan.cooperation.CooperationFigures;
import org.nigehbaan.cooperation.CooperationFiguresService;
import org.nigehbaan.cooperation.CooperationPolicy;
import org.nigehbaan.cooperation.CooperationService;
import org.nigehbaan.cooperation.MessageView;
import org.nigehbaan.cooperation.NewCase;
import org.nigehbaan.cooperation.WorkListQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/cooperation")
@Tag(name = "Cooperation", description = "Casework with the UK: MLA, extradition, criminal records, returns, "
        + "illicit finance, narcotics (CASE_OFFICER; PARTNER_LIAISON on shared cases; ANALYST statistics)")
class CooperationApiController {

    private final CooperationService cooperation;
    private final CooperationFiguresService figures;
    private final CurrentActor current;

    CooperationApiController(CooperationService cooperation, CooperationFiguresService figures, CurrentActor current) {
        this.cooperation = cooperation;
        this.figures = figures;
        this.current = current;
    }

    @GetMapping("/cases")
    @Operation(summary = "The work list: open cases, breached clocks first, then due soon, then by due date; "
            + "the UK liaison sees only cases shared with the UK")
    PageResult<CaseSummary> workList(@RequestParam(required = false) String status,
                                     @RequestParam(required = false) String type,
                                     @RequestParam(required = false) String direction,
                                     @RequestParam(required = false) String attention,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) Boolean includeClosed,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return cooperation.workList(new WorkListQuery(status, type, direction, attention, q, includeClosed),
                PageRequest.of(page, size), current.get());
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a case (received today unless receivedOn says otherwise)")
    CaseView open(@RequestBody NewCase body) {
        return cooperation.open(body, current.get());
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "A case with its clocks and timeline; the UK liaison sees only the shared fields, and "
            + "gets 403 for any case not shared (whether or not it exists)")
    CaseView view(@PathVariable long id) {
        return cooperation.view(id, current.get());
    }

    @PostMapping("/cases/{id}/acknowledge")
    @Operation(summary = "Acknowledge receipt (stops the 7-day clock)")
    CaseView acknowledge(@PathVariable long id, @RequestBody(required = false) CaseCommands.Step body) {
        return cooperation.step(id, CaseAction.ACKNOWLEDGE, body, current.get());
    }

    @PostMapping("/cases/{id}/review")
    @Operation(summary = "Start the examination of the request")
    CaseView review(@PathVariable long id, @RequestBody(required = false) CaseCommands.Step body) {
        return cooperation.step(id, CaseAction.START_REVIEW, body, current.get());
    }

    @PostMapping("/cases/{id}/accept")
    @Operation(summary = "Accept for execution (stops the decide clock, starts the 90-day execute clock); an "
            + "extradition needs its s.194 arrangement and assurances first")
    CaseView accept(@PathVariable long id, @RequestBody(required = false) CaseCommands.Step body) {
        return cooperation.step(id, CaseAction.ACCEPT, body, current.get());
    }

    @PostMapping("/cases/{id}/refuse")
    @Operation(summary = "Refuse, with a reason")
    CaseView refuse(@PathVariable long id, @RequestBody(required = false) CaseCommands.Step body) {
        return cooperation.step(id, CaseAction.REFUSE, body, current.get());
    }

    @PostMapping("/cases/{id}/withdraw")
    @Operation(summary = "Record the requesting side's withdrawal, with a reason")
    CaseView withdraw(@PathVariable long id, @RequestBody(required = false) CaseCommands.Step body) {
        return cooperation.step(id, CaseAction.WITHDRAW, body, current.get());
    }

    @PostMapping("/cases/{id}/respond")
    @Operation(summary = "Record the response; a criminal record reply carries convictions [{offence, date, court, "
            + "sentence}] (empty: no trace)")
    CaseView respond(@PathVariable long id, @RequestBody(required = false) CaseCommands.Respond body) {
        return cooperation.respond(id, body, current.get());
    }

    @PostMapping("/cases/{id}/arrangement")
    @Operation(summary = "Extradition: record the case-specific arrangement (Extradition Act 2003 s.194) and "
            + "the assurances given")
    CaseView arrangement(@PathVariable long id, @RequestBody(required = false) CaseCommands.Arrangement body) {
        return cooperation.recordArrangement(id, body, current.get());
    }

    @PostMapping("/cases/{id}/nationality-verification")
    @Operation(summary = "Return: record the nationality verification (NADRA) outcome")
    CaseView nationality(@PathVariable long id, @RequestBody(required = false) CaseCommands.NationalityCheck body) {
        return cooperation.recordNationality(id, body, current.get());
    }

    @PostMapping("/cases/{id}/schedule")
    @Operation(summary = "Return: schedule or reschedule (verified nationality, >= 15 days' notice, travel "
            + "document valid >= 6 months after the return date)")
    CaseView schedule(@PathVariable long id, @RequestBody(required = false) CaseCommands.Schedule body) {
        return cooperation.schedule(id, body, current.get());
    }

    @PostMapping("/cases/{id}/complete")
    @Operation(summary = "Return: record that the person was returned; publishes ReturnCompleted (a PCL "
            + "proposal when removed for illegal migration)")
    CaseView complete(@PathVariable long id, @RequestBody(required = false) CaseCommands.Complete body) {
        return cooperation.complete(id, body, current.get());
    }

    @PostMapping("/cases/{id}/sharing")
    @Operation(summary = "Share the case with the UK (sharedFields: SUBJECTS, SUMMARY, DETAILS, THREAD) or stop")
    CaseView sharing(@PathVariable long id, @RequestBody(required = false) CaseCommands.Sharing body) {
        return cooperation.share(id, body, current.get());
    }

    @GetMapping("/cases/{id}/messages")
    @Operation(summary = "The thread with receipts; the other side's messages become DELIVERED")
    List<MessageView> thread(@PathVariable long id) {
        return cooperation.thread(id, current.get());
    }

    @PostMapping(path = "/cases/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a message {body}")
    MessageView post(@PathVariable long id, @RequestBody(required = false) CaseCommands.NewMessage body) {
        return cooperation.post(id, body, List.of(), current.get());
    }

    @PostMapping(path = "/cases/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a message with attachments: multipart 'body' and 'attachments' (PDF, PNG, JPEG, "
            + "TIFF, DOCX, XLSX, text; recognised by content; 20 MB each; no programs or scripts)")
    MessageView postWithAttachments(@PathVariable long id, @RequestParam(required = false) String body,
                                    @RequestParam(name = "attachments", required = false) List<MultipartFile> files) {
        return cooperation.post(id, new CaseCommands.NewMessage(body), incoming(files), current.get());
    }

    @PostMapping("/cases/{id}/messages/{messageId}/read")
    @Operation(summary = "Mark a message of the other side READ")
    MessageView read(@PathVariable long id, @PathVariable long messageId) {
        return cooperation.markRead(id, messageId, current.get());
    }

    @GetMapping("/cases/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment; its SHA-256 is in the X-Content-SHA256 header")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return download(cooperation.attachment(id, attachmentId, current.get()));
    }

    @GetMapping("/statistics")
    @Operation(summary = "Cooperation's figures (the programme's shape) by type and direction: opened, closed by "
            + "outcome, median days to acknowledge and to respond, deadlines met per clock; from, to: ISO days, by "
            + "default this year to today; no personal data, counts under 5 as \"<5\"")
    CooperationFigures statistics(@RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        return figures.figures(ReportingPeriod.parse(from, to, figures.today()), current.get());
    }

    /** The policy in force, as plain values. */
    record PolicyView(int acknowledgeDays, int decideDays, int executeDays, int criminalRecordWorkingDays,
                      int returnNoticeDays, int travelDocumentValidityMonths, int warnDaysBefore, String zone,
                      List<String> weekend, List<String> publicHolidays, long attachmentMaxBytes,
                      int attachmentsPerMessage, List<String> attachmentTypes) {

        static PolicyView of(CooperationPolicy p) {
            return new PolicyView(p.acknowledgeDays(), p.decideDays(), p.executeDays(), p.criminalRecordWorkingDays(),
                    p.returnNoticeDays(), p.travelDocumentValidityMonths(), p.warnDaysBefore(), p.zone().getId(),
                    p.weekend().stream().sorted().map(Enum::name).toList(), p.publicHolidays(),
                    p.attachmentMaxSize().toBytes(), p.attachmentsPerMessage(),
                    p.attachmentTypes().stream().sorted().map(Enum::name).toList());
        }
    }

    @GetMapping("/policy")
    @Operation(summary = "The deadlines, warning window, working-day calendar and attachment limits in force")
    PolicyView policy() {
        return PolicyView.of(cooperation.policy());
    }

    static List<CaseCommands.IncomingFile> incoming(List<MultipartFile> files) {
        List<CaseCommands.IncomingFile> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f == null || f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                    continue; // an empty file input in a form
                }
                try {
                    out.add(new CaseCommands.IncomingFile(f.getOriginalFilename(), f.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    static ResponseEntity<byte[]> download(AttachmentContent a) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", a.attachment().sha256())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(a.content());
    }
}
