package org.nigehbaan.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.common.PageResult;
import org.nigehbaan.identity.Violations;
import org.nigehbaan.screening.BatchResult;
import org.nigehbaan.screening.Decision;
import org.nigehbaan.screening.Purpose;
import org.nigehbaan.screening.ScreeningQuery;
import org.nigehbaan.screening.ScreeningRecord;
import org.nigehbaan.screening.ScreeningRecords;
import org.nigehbaan.screening.ScreeningRequest;
import org.nigehbaan.screening.ScreeningResult;
import org.nigehbaan.screening.ScreeningService;
import org.nigehbaan.screening.ScreeningSummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screening", description = "Screening travellers at exit, entry and passport issuance")
class ScreeningApiController {

    private final ScreeningService screening;
    private final ScreeningRecords records;
    private final CurrentActor current;

    ScreeningApiController(ScreeningService screening, ScreeningRecords records, CurrentActor current) {
        this.screening = screening;
        this.records = records;
        this.current = current;
    }

    record Review(String outcome, String note) {
    }

    @PostMapping
    @Operation(summary = "Screen one traveller, from typed fields or an MRZ",
            description = "422 naming the failed check for an invalid MRZ; 503 while the index loads")
    ScreeningResult screen(@RequestBody ScreeningRequest request) {
        return screening.screen(request, current.get());
    }

    @PostMapping(path = "/batch", consumes = {"text/csv", "application/csv"})
    @Operation(summary = "Screen a CSV batch: ref,full_name,date_of_birth,nationality,gender,passport_number,cnic")
    BatchResult batchCsv(@RequestParam(required = false) String purpose, @RequestParam(required = false) String location,
                         HttpServletRequest request) throws IOException {
        return screening.screenCsv(purpose, location, request.getInputStream(), current.get());
    }

    @PostMapping(path = "/batch", consumes = {"application/edifact", "application/EDIFACT", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Screen an airline's PAXLST manifest (UN/EDIFACT); its problems come back in errors")
    BatchResult batchManifest(@RequestParam(required = false) String purpose,
                              @RequestParam(required = false) String location,
                              HttpServletRequest request) throws IOException {
        return screening.screenManifest(purpose, location, request.getInputStream(), current.get());
    }

    @PostMapping("/{id}/hits/{entryId}/review")
    @Operation(summary = "Review a hit: CONFIRMED or NOT_THIS_PERSON (remembered for the same traveller)")
    ScreeningRecord.Review review(@PathVariable String id, @PathVariable String entryId, @RequestBody Review body) {
        return records.review(id, entryId, body.outcome(), body.note(), current.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A logged screening with its reviews (officers: their own; the read is audited)")
    ScreeningRecord get(@PathVariable String id) {
        return records.get(id, current.get());
    }

    @GetMapping
    @Operation(summary = "Search the screening log (supervisors, auditors)")
    PageResult<ScreeningSummary> search(@RequestParam(required = false) String officer,
                                        @RequestParam(required = false) String decision,
                                        @RequestParam(required = false) String purpose,
                                        @RequestParam(required = false) String location,
                                        @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Instant from,
                                        @RequestParam(required = false) Instant to,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return records.search(new ScreeningQuery(blank(officer), Violations.parseEnum("decision", decision, Decision.class),
                Violations.parseEnum("purpose", purpose, Purpose.class), blank(location), blank(q), from, to),
                PageRequest.of(page, size), current.get());
    }

    @GetMapping("/status")
    @Operation(summary = "Whether the index is ready, its size, and whether answers are degraded")
    ScreeningService.Status status() {
        return screening.status();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
