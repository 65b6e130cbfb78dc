package org.nigehbaan.register.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.accounts.CurrentActor;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PageRequest;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.PersonInput;
import org.nigehbaan.register.AddressInput;
import org.nigehbaan.register.ComplianceService;
import org.nigehbaan.register.ConvictionInput;
import org.nigehbaan.register.DisclosurePurpose;
import org.nigehbaan.register.DisclosureService;
import org.nigehbaan.register.Disposal;
import org.nigehbaan.register.NewRegistrant;
import org.nigehbaan.register.NotificationInput;
import org.nigehbaan.register.RegisterAdministration;
import org.nigehbaan.register.RegisterChange;
import org.nigehbaan.register.RegisterService;
import org.nigehbaan.register.RegistrantRecord;
import org.nigehbaan.register.SearchRequest;
import org.nigehbaan.register.SearchResult;
import org.nigehbaan.register.SentenceInput;
import org.nigehbaan.register.SentenceUnit;
import org.nigehbaan.register.StationInput;
import org.nigehbaan.register.TravelInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register officer's pages: the duty calendar (overdue first), registering an offender, a registrant's
 * record with the notification form, the breach list and the purpose-bound search.
 */
@Controller
class RegisterPagesController {

    private final RegisterService register;
    private final ComplianceService compliance;
    private final DisclosureService disclosure;
    private final RegisterAdministration administration;
    private final CurrentActor current;

    RegisterPagesController(RegisterService register, ComplianceService compliance, DisclosureService disclosure,
                            RegisterAdministration administration, CurrentActor current) {
        this.register = register;
        this.compliance = compliance;
        this.disclosure = disclosure;
        this.administration = administration;
        this.current = current;
    }

    @InitBinder("registrationForm")
    void registrationFields(WebDataBinder binder) {
        binder.setAllowedFields(RegistrationForm.FIELDS);
    }

    @InitBinder("searchForm")
    void searchFields(WebDataBinder binder) {
        binder.setAllowedFields(SearchForm.FIELDS);
    }

    @GetMapping("/register")
    String dutyCalendar(@RequestParam(defaultValue = "false") boolean includeClosed,
                        @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("duties", compliance.duties(current.get(), includeClosed, null, PageRequest.of(page, 50)));
        model.addAttribute("includeClosed", includeClosed);
        return "register/duties";
    }

    @GetMapping("/register/breaches")
    String breaches(@RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) Integer page,
                    Model model) {
        model.addAttribute("breaches", compliance.breaches(current.get(), open, PageRequest.of(page, 50)));
        model.addAttribute("open", open);
        return "register/breaches";
    }

    @GetMapping("/register/registrants/new")
    String initRegistrationForm(Model model) {
        if (!model.containsAttribute("registrationForm")) {
            RegistrationForm form = new RegistrationForm();
            Actor actor = current.get();
            form.setStationDistrict(actor.district() == null ? "" : actor.district());
            model.addAttribute("registrationForm", form);
        }
        model.addAttribute("disposals", Disposal.values());
        model.addAttribute("units", SentenceUnit.values());
        model.addAttribute("offences", administration.policy().offences().stream()
                .filter(o -> o.registrable()).toList());
        return "register/new";
    }

    @PostMapping("/register/registrants/new")
    String processRegistrationForm(@ModelAttribute("registrationForm") RegistrationForm form, Model model,
                                   RedirectAttributes redirect) {
        RegistrantRecord r;
        try {
            r = register.register(form.toInput(), current.get());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
            return initRegistrationForm(model);
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("registration", e.getMessage())));
            return initRegistrationForm(model);
        }
        redirect.addFlashAttribute("registered", r.id());
        return "redirect:/register/registrants/" + r.id();
    }

    @GetMapping("/register/registrants/{id}")
    String record(@PathVariable long id, @RequestParam(required = false) Long searchId, Model model) {
        // Opened from the officer's own work lists: offender management; from a search: that search's purpose.
        model.addAttribute("r", disclosure.view(RegisterApiController.id(id),
                searchId == null ? DisclosurePurpose.OFFENDER_MANAGEMENT.name() : null, null, searchId, current.get()));
        model.addAttribute("searchId", searchId);
        model.addAttribute("pendingChange", register.pendingChange(RegisterApiController.id(id)).orElse(null));
        return "register/record";
    }

    @PostMapping("/register/registrants/{id}/notifications")
    String processNotificationForm(@PathVariable long id, @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String receivedOn,
                                   RedirectAttributes redirect) {
        try {
            register.recordNotification(RegisterApiController.id(id),
                    new NotificationInput(type, receivedOn, null, null, null, null), current.get());
            redirect.addFlashAttribute("notified", type);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldViolation("type", e.getMessage())));
        }
        return "redirect:/register/registrants/" + id;
    }

    // ---- the record's tasks: every one the API offers has a form on the record page --------------------------

    /** Foreign travel the registrant notified in person. */
    @PostMapping("/register/registrants/{id}/travel")
    String processTravelForm(@PathVariable long id, @RequestParam(required = false) String departureDate,
                             @RequestParam(required = false) String departureTime,
                             @RequestParam(required = false) String returnDate,
                             @RequestParam(required = false) String destinations,
                             @RequestParam(required = false) String itinerary,
                             @RequestParam(required = false) String carrier,
                             @RequestParam(required = false) String firstNightAddress,
                             @RequestParam(required = false) String knownSince, RedirectAttributes redirect) {
        return task(id, "travel", redirect, () -> register.recordTravel(RegisterApiController.id(id),
                new TravelInput(null, blank(departureDate), blank(departureTime), blank(returnDate),
                        RegistrationForm.list(destinations), itinerary, carrier, firstNightAddress, blank(knownSince)),
                current.get()));
    }

    /** A change of name or of home address, notified in person. */
    @PostMapping("/register/registrants/{id}/change")
    String processChangeForm(@PathVariable long id, @RequestParam(required = false) String changedOn,
                             @RequestParam(required = false) String newName,
                             @RequestParam(required = false) String line1, @RequestParam(required = false) String line2,
                             @RequestParam(required = false) String city,
                             @RequestParam(required = false) String addressDistrict,
                             @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return task(id, "change", redirect, () -> {
            Actor me = current.get();
            PersonInput person = null;
            if (blank(newName) != null) {
                PersonInput was = disclosure.view(RegisterApiController.id(id),
                        DisclosurePurpose.OFFENDER_MANAGEMENT.name(), null, null, me).person();
                List<String> aliases = new ArrayList<>(was.aliases() == null ? List.of() : was.aliases());
                aliases.add(was.fullName());
                person = new PersonInput(newName.strip(), aliases, was.nameInUrdu(), was.fatherName(),
                        was.dateOfBirth(), was.gender(), was.nationality(), was.cnic(), was.passportNumbers());
            }
            AddressInput address = blank(line1) == null && blank(city) == null ? null
                    : new AddressInput("HOME", line1, blank(line2), city, blank(addressDistrict), null, null);
            register.recordNotification(RegisterApiController.id(id),
                    new NotificationInput("CHANGE", null, blank(changedOn), person, address, blank(note)), me);
        });
    }

    @PostMapping("/register/registrants/{id}/risk")
    String processRiskForm(@PathVariable long id, @RequestParam(required = false) String riskLevel,
                           @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return task(id, "risk", redirect, () -> register.changeRiskLevel(RegisterApiController.id(id),
                wholeNumber("riskLevel", riskLevel), reason, current.get()));
    }

    @PostMapping("/register/registrants/{id}/transfer")
    String processTransferForm(@PathVariable long id, @RequestParam(required = false) String stationName,
                               @RequestParam(required = false) String stationDistrict,
                               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return task(id, "transfer", redirect, () -> register.transfer(RegisterApiController.id(id),
                new StationInput(stationName, stationDistrict), reason, current.get()));
    }

    /** The review of an indefinite period; a discharge ends the registrant's duties for good, so it is confirmed. */
    @PostMapping("/register/registrants/{id}/review")
    String processReviewForm(@PathVariable long id, @RequestParam(required = false) String outcome,
                             @RequestParam(required = false) String nextReviewOn,
                             @RequestParam(required = false) String reason,
                             @RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect) {
        return task(id, "review", redirect, () -> {
            if ("DISCHARGE".equals(outcome) && !Boolean.TRUE.equals(confirmed)) {
                throw new InvalidInputException("confirmed", "tick the box to confirm: a discharge cannot be undone");
            }
            register.review(RegisterApiController.id(id), outcome, blank(nextReviewOn), reason, current.get());
            if ("DISCHARGE".equals(outcome)) {
                redirect.addFlashAttribute("done", "register.discharge.requested");
            }
        });
    }

    /** Withdrawing the record (conviction quashed, entered in error, death): a reason and a confirmation. */
    @PostMapping("/register/registrants/{id}/remove")
    String processRemoveForm(@PathVariable long id, @RequestParam(required = false) String reason,
                             @RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect) {
        return task(id, "remove", redirect, () -> {
            if (!Boolean.TRUE.equals(confirmed)) {
                throw new InvalidInputException("confirmed", "tick the box to confirm: the record is withdrawn");
            }
            register.remove(RegisterApiController.id(id), reason, current.get());
        });
    }

    /**
     * A second register officer decides a removal or discharge another officer asked for, from the record page
     * (never the one who asked: the service refuses it with a message shown on the page).
     */
    @PostMapping("/register/changes/{changeId}/{decision:approve|reject}")
    String processChangeDecision(@PathVariable long changeId, @PathVariable String decision,
                                 @RequestParam(required = false) String note, @RequestParam long registrantId,
                                 RedirectAttributes redirect) {
        return task(registrantId, "decision", redirect, () -> {
            RegisterChange decided = decision.equals("approve") ? register.approveChange(changeId, note, current.get())
                    : register.rejectChange(changeId, note, current.get());
            redirect.addFlashAttribute("done", "register.change." + decided.status().name().toLowerCase(java.util.Locale.ROOT));
        });
    }

    /** Runs a task of the record page; back to the record with a confirmation, or with the problems and the form open. */
    private String task(long id, String form, RedirectAttributes redirect, Runnable task) {
        try {
            task.run();
            if (!redirect.getFlashAttributes().containsKey("done")) {
                redirect.addFlashAttribute("done", "register." + form);
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            redirect.addFlashAttribute("errorForm", form);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("errors", List.of(new FieldViolation(form, e.getMessage())));
            redirect.addFlashAttribute("errorForm", form);
        }
        return "redirect:/register/registrants/" + id;
    }

    private static Integer wholeNumber(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    @GetMapping("/register/search")
    String initSearchForm(Model model) {
        if (!model.containsAttribute("searchForm")) {
            model.addAttribute("searchForm", new SearchForm());
        }
        model.addAttribute("purposes", DisclosurePurpose.values());
        return "register/search";
    }

    @PostMapping("/register/search")
    String processSearchForm(@ModelAttribute("searchForm") SearchForm form, Model model) {
        try {
            SearchResult result = disclosure.search(form.toRequest(), current.get());
            model.addAttribute("result", result);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (DomainException e) {
            model.addAttribute("errors", List.of(new FieldViolation("purpose", e.getMessage())));
        }
        return initSearchForm(model);
    }

    /** The registration form: one address and one conviction (more through the API). */
    static final class RegistrationForm {
        static final String[] FIELDS = {"fullName", "aliases", "fatherName", "dateOfBirth", "gender", "nationality",
                "cnic", "passportNumbers", "photoRef", "line1", "line2", "city", "addressDistrict", "postcode",
                "offence", "court", "convictedOn", "disposal", "sentenceLength", "sentenceUnit", "ageAtConviction",
                "releasedOn", "riskLevel", "riskReason", "stationName", "stationDistrict"};

        private String fullName = "";
        private String aliases = "";
        private String fatherName = "";
        private String dateOfBirth = "";
        private String gender = "";
        private String nationality = "PAK";
        private String cnic = "";
        private String passportNumbers = "";
        private String photoRef = "";
        private String line1 = "";
        private String line2 = "";
        private String city = "";
        private String addressDistrict = "";
        private String postcode = "";
        private String offence = "";
        private String court = "";
        private String convictedOn = "";
        private String disposal = "";
        private String sentenceLength = "";
        private String sentenceUnit = "";
        private String ageAtConviction = "";
        private String releasedOn = "";
        private String riskLevel = "";
        private String riskReason = "";
        private String stationName = "";
        private String stationDistrict = "";

        NewRegistrant toInput() {
            List<String> problems = new ArrayList<>();
            Integer length = number(sentenceLength, "convictions[0].sentence.length", problems);
            Integer age = number(ageAtConviction, "convictions[0].ageAtConviction", problems);
            Integer risk = number(riskLevel, "riskLevel", problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems.stream().map(f -> new FieldViolation(f, "must be a whole number"))
                        .toList());
            }
            PersonInput person = new PersonInput(fullName, list(aliases), null, blank(fatherName), blank(dateOfBirth),
                    blank(gender), blank(nationality), blank(cnic), list(passportNumbers));
            SentenceInput sentence = length == null && sentenceUnit.isBlank() ? null
                    : new SentenceInput(length, blank(sentenceUnit));
            return new NewRegistrant(person, blank(photoRef), List.of(),
                    List.of(new AddressInput("HOME", line1, blank(line2), city, blank(addressDistrict), blank(postcode), null)),
                    List.of(new ConvictionInput(offence, court, convictedOn, blank(disposal), sentence, age)), risk,
                    riskReason, new StationInput(stationName, stationDistrict), blank(releasedOn));
        }

        private static Integer number(String s, String field, List<String> problems) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                problems.add(field);
                return null;
            }
        }

        private static List<String> list(String s) {
            return s == null || s.isBlank() ? List.of()
                    : Arrays.stream(s.split("[,;]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        }

        public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public String getAliases() { return aliases; }
        public void setAliases(String v) { aliases = v; }
        public String getFatherName() { return fatherName; }
        public void setFatherName(String v) { fatherName = v; }
        public String getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(String v) { dateOfBirth = v; }
        public String getGender() { return gender; }
        public void setGender(String v) { gender = v; }
        public String getNationality() { return nationality; }
        public void setNationality(String v) { nationality = v; }
        public String getCnic() { return cnic; }
        public void setCnic(String v) { cnic = v; }
        public String getPassportNumbers() { return passportNumbers; }
        public void setPassportNumbers(String v) { passportNumbers = v; }
        public String getPhotoRef() { return photoRef; }
        public void setPhotoRef(String v) { photoRef = v; }
        public String getLine1() { return line1; }
        public void setLine1(String v) { line1 = v; }
        public String getLine2() { return line2; }
        public void setLine2(String v) { line2 = v; }
        public String getCity() { return city; }
        public void setCity(String v) { city = v; }
        public String getAddressDistrict() { return addressDistrict; }
        public void setAddressDistrict(String v) { addressDistrict = v; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String v) { postcode = v; }
        public String getOffence() { return offence; }
        public void setOffence(String v) { offence = v; }
        public String getCourt() { return court; }
        public void setCourt(String v) { court = v; }
        public String getConvictedOn() { return convictedOn; }
        public void setConvictedOn(String v) { convictedOn = v; }
        public String getDisposal() { return disposal; }
        public void setDisposal(String v) { disposal = v; }
        public String getSentenceLength() { return sentenceLength; }
        public void setSentenceLength(String v) { sentenceLength = v; }
        public String getSentenceUnit() { return sentenceUnit; }
        public void setSentenceUnit(String v) { sentenceUnit = v; }
        public String getAgeAtConviction() { return ageAtConviction; }
        public void setAgeAtConviction(String v) { ageAtConviction = v; }
        public String getReleasedOn() { return releasedOn; }
        public void setReleasedOn(String v) { releasedOn = v; }
        public String getRiskLevel() { return riskLevel; }
        public void setRiskLevel(String v) { riskLevel = v; }
        public String getRiskReason() { return riskReason; }
        public void setRiskReason(String v) { riskReason = v; }
        public String getStationName() { return stationName; }
        public void setStationName(String v) { stationName = v; }
        public String getStationDistrict() { return stationDistrict; }
        public void setStationDistrict(String v) { stationDistrict = v; }
    }

    /** The search form. */
    static final class SearchForm {
        static final String[] FIELDS = {"purpose", "reference", "suspectName", "firNumber", "firPoliceStation",
                "firOffences", "requestingOfficer", "prosecutor", "policeRequestedAt", "name", "cnic", "passportNumber",
                "dateOfBirth"};

        private String purpose = "";
        private String reference = "";
        private String suspectName = "";
        private String firNumber = "";
        private String firPoliceStation = "";
        private String firOffences = "";
        private String requestingOfficer = "";
        private String prosecutor = "";
        private String policeRequestedAt = "";
        private String name = "";
        private String cnic = "";
        private String passportNumber = "";
        private String dateOfBirth = "";

        SearchRequest toRequest() {
            return new SearchRequest(blank(purpose), blank(reference), blank(suspectName), blank(firNumber),
                    blank(firPoliceStation), RegistrationForm.list(firOffences), blank(requestingOfficer),
                    blank(prosecutor), blank(policeRequestedAt), blank(name), blank(cnic), blank(passportNumber),
                    blank(dateOfBirth));
        }

        public String getPurpose() { return purpose; }
        public void setPurpose(String v) { purpose = v; }
        public String getReference() { return reference; }
        public void setReference(String v) { reference = v; }
        public String getSuspectName() { return suspectName; }
        public void setSuspectName(String v) { suspectName = v; }
        public String getFirNumber() { return firNumber; }
        public void setFirNumber(String v) { firNumber = v; }
        public String getFirPoliceStation() { return firPoliceStation; }
        public void setFirPoliceStation(String v) { firPoliceStation = v; }
        public String getFirOffences() { return firOffences; }
        public void setFirOffences(String v) { firOffences = v; }
        public String getRequestingOfficer() { return requestingOfficer; }
        public void setRequestingOfficer(String v) { requestingOfficer = v; }
        public String getProsecutor() { return prosecutor; }
        public void setProsecutor(String v) { prosecutor = v; }
        public String getPoliceRequestedAt() { return policeRequestedAt; }
        public void setPoliceRequestedAt(String v) { policeRequestedAt = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getCnic() { return cnic; }
        public void setCnic(String v) { cnic = v; }
        public String getPassportNumber() { return passportNumber; }
        public void setPassportNumber(String v) { passportNumber = v; }
        public String getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(String v) { dateOfBirth = v; }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
