package org.nigehbaan.screening.web;

import java.io.IOException;
import java.util.List;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.accounts.Role;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.mrz.InvalidMrzException;
import org.nigehbaan.screening.BatchResult;
import org.nigehbaan.screening.Purpose;
import org.nigehbaan.screening.ScreeningRecord;
import org.nigehbaan.screening.ScreeningResult;
import jakarta.servlet.http.HttpSession;
import org.nigehbaan.screening.ScreeningQuery;
import org.nigehbaan.screening.ScreeningRecords;
import org.nigehbaan.screening.ScreeningService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The counter screen, the manifest upload, and supervisors' log search. */
@Controller
class ScreeningController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScreeningController.class);

    private final ScreeningService screening;
    private final ScreeningRecords records;
    private final CurrentActor current;
    private final HitListings listings;

    ScreeningController(ScreeningService screening, ScreeningRecords records, CurrentActor current,
                        HitListings listings) {
        this.screening = screening;
        this.records = records;
        this.current = current;
        this.listings = listings;
    }

    @InitBinder("screeningForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(ScreeningForm.FIELDS);
    }

    @ModelAttribute("purposes")
    List<Purpose> purposes() {
        Actor me = current.get();
        return java.util.Arrays.stream(Purpose.values())
                .filter(p -> p == Purpose.PASSPORT_ISSUANCE ? me.has(Role.PASSPORT_OFFICER) : me.has(Role.BORDER_OFFICER))
                .toList();
    }

    @ModelAttribute("genders")
    List<String> genders() {
        return List.of("M", "F", "X");
    }

    /** The counter and purpose an officer last screened at: kept for the session, so they are typed once. */
    static final String LAST_FORM = "screening.lastForm";

    @GetMapping("/screening")
    String initScreeningForm(Model model, HttpSession session) {
        if (!model.containsAttribute("screeningForm")) {
            ScreeningForm last = (ScreeningForm) session.getAttribute(LAST_FORM);
            ScreeningForm form = last != null ? last.next() : new ScreeningForm();
            if (last == null) {
                List<Purpose> mine = purposes();
                form.setPurpose(mine.isEmpty() ? "EXIT" : mine.get(0).name());
            }
            model.addAttribute("screeningForm", form);
        }
        CounterState counter = (CounterState) session.getAttribute(CounterState.SESSION);
        // The last result stays on the counter while it is held (a STOP not yet acknowledged) or just screened.
        if (counter != null && (counter.isAwaitingAcknowledgement() || model.containsAttribute("fresh"))) {
            model.addAttribute("counter", counter);
            model.addAttribute("result", counter.getResult());
        }
        model.addAttribute("status", screening.status());
        return "screening/counter";
    }

    @PostMapping("/screening")
    String processScreeningForm(@ModelAttribute("screeningForm") ScreeningForm form, Model model, HttpSession session) {
        CounterState held = (CounterState) session.getAttribute(CounterState.SESSION);
        if (held != null && held.isAwaitingAcknowledgement()) {
            model.addAttribute("errors", List.of(new FieldViolation("acknowledged",
                    "acknowledge the STOP for the last traveller before screening the next")));
            return initScreeningForm(model, session);
        }
        try {
            Actor me = current.get();
            ScreeningResult result = screening.screen(form.toRequest(), me);
            String name = form.getFullName() != null && !form.getFullName().isBlank() ? form.getFullName().strip() : null;
            CounterState counter = new CounterState(result, name, result.hits().isEmpty() ? java.util.Map.of()
                    : listings.of(result.id(), result.hits(), me));
            session.setAttribute(CounterState.SESSION, counter);
            model.addAttribute("fresh", true);
            model.addAttribute("screeningForm", form.next());
            session.setAttribute(LAST_FORM, form.next());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (InvalidMrzException e) {
            model.addAttribute("errors", e.violations().stream()
                    .map(v -> new FieldViolation("mrz", v.field() + ": " + v.message())).toList());
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("purpose", e.getMessage())));
        }
        return initScreeningForm(model, session);
    }

    @PostMapping("/screening/hits/review")
    String review(@RequestParam String screeningId, @RequestParam String hitKey,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String from, @RequestParam(required = false) Integer row, Model model,
                  RedirectAttributes redirect, HttpSession session) {
        if ("manifest".equals(from)) {
            return reviewFromManifest(screeningId, hitKey, row == null ? 0 : row, outcome, note, model, redirect,
                    session);
        }
        CounterState counter = (CounterState) session.getAttribute(CounterState.SESSION);
        boolean onCounter = counter != null && counter.getResult().id().equals(screeningId);
        int index = onCounter ? counter.indexOf(hitKey) : -1;
        try {
            ScreeningRecord.Review r = records.review(screeningId, hitKey, outcome, note, current.get());
            if (onCounter) {
                counter.reviewed(hitKey, r.outcome());
            }
            redirect.addFlashAttribute("reviewed", r.outcome().name());
            if (onCounter) {
                redirect.addFlashAttribute("fresh", true);
            }
            return "redirect:/screening";
        } catch (InvalidInputException e) {
            // The hit stays on the page, its error beside its own note box.
            model.addAttribute("errors", e.violations().stream()
                    .map(v -> index >= 0 && v.field().equals("note") ? new FieldViolation("note-" + index, v.message())
                            : v).toList());
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation(index >= 0 ? "note-" + index : "review",
                    e.getMessage())));
        }
        if (onCounter) {
            model.addAttribute("fresh", true);
        }
        return initScreeningForm(model, session);
    }

    /** A hit of a manifest's passenger, reviewed from the manifest's page, which shows again with the outcome. */
    private String reviewFromManifest(String screeningId, String hitKey, int row, String outcome, String note,
                                      Model model, RedirectAttributes redirect, HttpSession session) {
        try {
            ScreeningRecord.Review r = records.review(screeningId, hitKey, outcome, note, current.get());
            manifestReviews(session).put(screeningId + "/" + hitKey, r.outcome().name());
            redirect.addFlashAttribute("reviewed", r.outcome().name());
            return "redirect:/screening/manifest";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> new FieldViolation(
                    v.field().equals("note") ? "note-" + row + "-" + hitKey : v.field(), v.message())).toList());
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("review", e.getMessage())));
        }
        return initManifestForm(model, session);
    }

    /** The officer acknowledges the STOP: the counter is free for the next traveller. */
    @PostMapping("/screening/acknowledge")
    String acknowledge(@RequestParam(required = false) Boolean acknowledged, Model model,
                       RedirectAttributes redirect, HttpSession session) {
        CounterState counter = (CounterState) session.getAttribute(CounterState.SESSION);
        if (counter == null || !counter.isAwaitingAcknowledgement()) {
            return "redirect:/screening";
        }
        if (!Boolean.TRUE.equals(acknowledged)) {
            model.addAttribute("errors", List.of(new FieldViolation("acknowledged",
                    "tick the box to say the traveller is held and the supervisor called")));
            return initScreeningForm(model, session);
        }
        try {
            records.acknowledgeStop(counter.getResult().id(), current.get());
        } catch (org.springframework.dao.DataAccessException e) {
            // The counter must not stay held while the database is away; the screening itself is logged.
            log.warn("screening: acknowledgement of {} could not be audited ({})", counter.getResult().id(),
                    e.getClass().getSimpleName());
        }
        counter.acknowledged();
        session.removeAttribute(CounterState.SESSION);
        redirect.addFlashAttribute("acknowledged", true);
        return "redirect:/screening";
    }

    /** The last manifest an officer screened, kept for the session so its hits can be reviewed one by one. */
    static final String LAST_MANIFEST = "screening.manifest";
    static final String MANIFEST_REVIEWS = "screening.manifest.reviews";

    @GetMapping("/screening/manifest")
    String initManifestForm(Model model, HttpSession session) {
        if (!model.containsAttribute("result") && session.getAttribute(LAST_MANIFEST) != null) {
            model.addAttribute("result", session.getAttribute(LAST_MANIFEST));
        }
        model.addAttribute("manifestReviews", manifestReviews(session));
        return "screening/manifest";
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, String> manifestReviews(HttpSession session) {
        Object m = session.getAttribute(MANIFEST_REVIEWS);
        if (m == null) {
            m = new java.util.concurrent.ConcurrentHashMap<String, String>();
            session.setAttribute(MANIFEST_REVIEWS, m);
        }
        return (java.util.Map<String, String>) m;
    }

    @PostMapping("/screening/manifest")
    String processManifestForm(@RequestParam(required = false) String purpose,
                               @RequestParam(required = false) String location,
                               @RequestParam(required = false) MultipartFile file, Model model, HttpSession session) {
        model.addAttribute("manifestReviews", manifestReviews(session));
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(new FieldViolation("file", "choose a PAXLST or CSV file")));
            return "screening/manifest";
        }
        try {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
            BatchResult result = name.endsWith(".csv")
                    ? screening.screenCsv(purpose, location, file.getInputStream(), current.get())
                    : screening.screenManifest(purpose, location, file.getInputStream(), current.get());
            model.addAttribute("result", result);
            session.setAttribute(LAST_MANIFEST, result);
            manifestReviews(session).clear();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (org.nigehbaan.common.PayloadTooLargeException e) {
            model.addAttribute("errors", List.of(new FieldViolation("file", e.getMessage())));
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("purpose", e.getMessage())));
        } catch (IOException e) {
            model.addAttribute("errors", List.of(new FieldViolation("file", "could not be read")));
        }
        return "screening/manifest";
    }

    @GetMapping("/screening/log")
    String log(@RequestParam(required = false) String q, @RequestParam(required = false) String officer,
               @RequestParam(required = false) Integer page, Model model) {
        var screenings = records.search(new ScreeningQuery(blank(officer), null, null, null, blank(q), null, null),
                PageRequest.of(page, 50), current.get());
        model.addAttribute("screenings", screenings);
        model.addAttribute("reviews", records.reviewsOf(screenings.items().stream()
                .filter(s -> s.hitCount() > 0).map(s -> s.id()).toList()));
        model.addAttribute("q", q);
        model.addAttribute("officer", officer);
        return "screening/log";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
