package org.nigehbaan.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.ReportingPeriod;
import org.nigehbaan.programme.ProgrammeService;
import org.nigehbaan.programme.Target;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programme")
@Tag(name = "Programme figures", description = "The delivery unit's figures from every module (ANALYST; ADMIN sets targets). "
        + "No personal data; counts under 5 are \"<5\".")
class ProgrammeApiController {

    private final ProgrammeService programme;
    private final CurrentActor current;

    ProgrammeApiController(ProgrammeService programme, CurrentActor current) {
        this.programme = programme;
        this.current = current;
    }

    record TargetRequest(String comparison, String value) {
    }

    @GetMapping("/figures")
    @Operation(summary = "Every module's figures for a period", description = "from/to: ISO days (default: this year "
            + "to today); district narrows the register and screening (its points of entry)")
    Map<String, Object> figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String district) {
        return programme.figures(ReportingPeriod.parse(from, to, programme.today()), district, current.get()).asJson();
    }

    @GetMapping("/report")
    @Operation(summary = "The steering-committee report", description = "format=pdf (default) or csv; lang=en (default) "
            + "or ur (PDF). Generating it is audited.")
    ResponseEntity<byte[]> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String district,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(required = false) String lang) {
        return ReportResponse.of(programme.report(ReportingPeriod.parse(from, to, programme.today()), district, format,
                lang, current.get()));
    }

    @GetMapping("/targets")
    @Operation(summary = "The targets set on headline figures")
    List<Target> targets() {
        return programme.targets(current.get());
    }

    @PutMapping("/targets/{figure}")
    @Operation(summary = "Set the target on a headline figure (ADMIN)", description = "comparison AT_LEAST or AT_MOST; "
            + "value in the figure's unit, percent for a share")
    Target setTarget(@PathVariable String figure, @RequestBody TargetRequest body) {
        return programme.setTarget(figure, body.comparison(), body.value(), current.get());
    }

    @DeleteMapping("/targets/{figure}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a target (ADMIN)")
    void removeTarget(@PathVariable String figure) {
        programme.removeTarget(figure, current.get());
    }
}
