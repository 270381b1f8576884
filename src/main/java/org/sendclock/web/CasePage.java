package org.sendclock.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendclock.advice.AdviceCommands.ChaseAdvice;
import org.sendclock.advice.AdviceCommands.ExcuseAdvice;
import org.sendclock.advice.AdviceCommands.MarkNotSought;
import org.sendclock.advice.AdviceCommands.ReceiveAdvice;
import org.sendclock.advice.AdviceCommands.WithdrawAdvice;
import org.sendclock.advice.AdviceExceptionReason;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceService;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceCommands;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.AssessmentSteps;
import org.sendclock.assessment.CaseView;
import org.sendclock.assessment.CaseViews;
import org.sendclock.assessment.Commands.ChildReturnDetails;
import org.sendclock.assessment.Sen2Facts;
import org.sendclock.assessment.Commands.Close;
import org.sendclock.assessment.Commands.DecideWhetherToAssess;
import org.sendclock.assessment.Commands.DecideWhetherToIssuePlan;
import org.sendclock.assessment.Commands.IssueFinalPlan;
import org.sendclock.assessment.Commands.ParentResponse;
import org.sendclock.assessment.Commands.RecordException;
import org.sendclock.assessment.Commands.SchoolConsultation;
import org.sendclock.assessment.Commands.ServeDraft;
import org.sendclock.assessment.Commands.Withdraw;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.engine.AssessmentProcess;
import org.sendclock.reassessment.ReassessmentViews;
import org.sendclock.reassessment.ReassessmentsView.ReassessmentView;
import org.sendclock.oversight.StoppedProcesses;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.Ethnicity;
import org.sendclock.casefile.ReturnFlags;
import org.sendclock.casefile.Sex;
import org.sendclock.casefile.UpnUnknownReason;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Text;
import org.sendclock.clock.ClockSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.sendclock.plan.CeaseReason;
import org.sendclock.plan.PlanCommands;
import org.sendclock.plan.PlanService;
import org.sendclock.plan.SenNeed;
import org.sendclock.plan.SenSetting;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.review.ReviewAdvice;
import org.sendclock.review.ReviewCommands;
import org.sendclock.review.ReviewService;
import org.sendclock.review.ReviewViews;
import org.sendclock.review.ReviewsView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case: the child, the stage, every statutory clock with where it stands today, the advice still awaited and from
 * whom, the open tasks, and the timeline newest first; and the forms of the steps open now. A refused form shows the
 * case again with its errors and what was typed; nothing is saved. The address carries the case reference only.
 */
@Controller
class CasePage {

    private static final List<String> BLANK_DATE = List.of("", "", "");
    /** The id of the case page's "Advice" heading. */
    private static final String ADVICE_HEADING = "advice-heading";

    private final CaseViews views;
    private final AssessmentService assessments;
    private final AdviceService advice;
    private final ProcessDiagrams diagrams;
    private final AssessmentProcess process;
    private final ReassessmentViews reassessmentViews;
    private final CommandCheck check;
    private final ClockSettings settings;
    private final Clock clock;
    private final StoppedProcesses stoppedProcesses;
    private final PlanService plans;
    private final ReviewService reviews;
    private final ReviewViews reviewViews;
    private final Sen2Facts sen2;
    private final ReviewAdvice reviewAdvice;
    private final ReassessmentSection reassessments;

    CasePage(CaseViews views, AssessmentService assessments, AdviceService advice,
             ProcessDiagrams diagrams, AssessmentProcess process, CommandCheck check, ClockSettings settings,
             Clock clock, StoppedProcesses stoppedProcesses, PlanService plans, ReviewService reviews,
             ReviewViews reviewViews, Sen2Facts sen2, ReviewAdvice reviewAdvice,
             ReassessmentSection reassessments, ReassessmentViews reassessmentViews) {
        this.reassessmentViews = reassessmentViews;
        this.sen2 = sen2;
        this.reviewAdvice = reviewAdvice;
        this.reassessments = reassessments;
        this.reviews = reviews;
        this.reviewViews = reviewViews;
        this.stoppedProcesses = stoppedProcesses;
        this.plans = plans;
        this.settings = settings;
        this.views = views;
        this.assessments = assessments;
        this.advice = advice;
        this.diagrams = diagrams;
        this.process = process;
        this.check = check;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseRef}")
    String show(@PathVariable String caseRef, Model model, HttpServletResponse response) {
        return render(caseRef, model, response);
    }

    /**
     * A process of the case drawn from its model's layout with its current steps highlighted: the assessment's, or
     * with {@code review=N} review cycle N's, or with {@code reassessment=N} re-assessment N's; the whole of it, or
     * with {@code around=current} the part around the current steps, which the case page opens on.
     */
    @GetMapping(path = "/cases/{caseRef}/diagram.svg", produces = "image/svg+xml")
    @ResponseBody
    String diagram(@PathVariable String caseRef, @RequestParam(required = false) String around,
                   @RequestParam(required = false) Integer review,
                   @RequestParam(required = false) Integer reassessment) {
        return diagrams.svg(caseRef, review, reassessment, "current".equals(around));
    }

    @PostMapping("/cases/{caseRef}/decision")
    String decide(@PathVariable String caseRef, @ModelAttribute("decisionForm") DecisionForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        DecideWhetherToAssess command = form.toCommand(errors);
        if (command != null) {
            try {
                assessments.decideWhetherToAssess(caseRef, check.valid(command));
                redirect.addFlashAttribute("done", decided(views.of(caseRef)));
                return "redirect:/cases/" + caseRef;
            } catch (InvalidRequest e) {
                errors.putAll(DecisionForm.formErrors(e.errors()));
            } catch (StepNotPossible e) {
                errors.put("decision", sentence(e.getMessage()));
            }
        }
        model.addAttribute("errors", errors);
        return render(caseRef, model, response);
    }

    @PostMapping("/cases/{caseRef}/advice")
    String requestAdvice(@PathVariable String caseRef, @ModelAttribute("adviceForm") AdviceRequestForm form,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        RequestAdvice command = form.toCommand(errors);
        if (command != null) {
            try {
                AdviceRequest requested = advice.request(caseRef, check.valid(command));
                redirect.addFlashAttribute("done", "Requested " + requested.describe() + ": due "
                        + DateText.of(requested.getDueDate()));
                return "redirect:/cases/" + caseRef;
            } catch (InvalidRequest e) {
                errors.putAll(AdviceRequestForm.formErrors(e.errors()));
            } catch (StepNotPossible e) {
                errors.put("adviceType", sentence(e.getMessage()));
            }
        }
        model.addAttribute("errors", errors);
        return render(caseRef, model, response);
    }

    /**
     * What became of one advice request: received, chased, excused under reg 8(2), or withdrawn. Each is its own small
     * form beside the request; errors are shown against that form only.
     */
    @PostMapping("/cases/{caseRef}/advice/{adviceRequestId}/{action}")
    String adviceAnswered(@PathVariable String caseRef, @PathVariable long adviceRequestId, @PathVariable String action,
                          @RequestParam(defaultValue = "") String dateDay,
                          @RequestParam(defaultValue = "") String dateMonth,
                          @RequestParam(defaultValue = "") String dateYear,
                          @RequestParam(defaultValue = "") String appointmentDay,
                          @RequestParam(defaultValue = "") String appointmentMonth,
                          @RequestParam(defaultValue = "") String appointmentYear,
                          @RequestParam(defaultValue = "") String choice,
                          @RequestParam(defaultValue = "") String note,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String form = "advice-" + adviceRequestId + "-" + action;
        Map<String, String> errors = new LinkedHashMap<>();
        boolean excusing = action.equals("excused");
        LocalDate date = DateInput.read(dateDay, dateMonth, dateYear, form + "-date", "the date", true, errors);
        LocalDate appointment = excusing ? DateInput.read(appointmentDay, appointmentMonth, appointmentYear,
                form + "-appointment", "the date of the missed appointment", false, errors) : null;
        if (action.equals("excused") && choice.isBlank()) {
            errors.put(form + "-choice", "Select the reg 8(2) reason");
        }
        if ((action.equals("excused") || action.equals("withdrawn")) && note.isBlank()) {
            errors.put(form + "-note", action.equals("excused") ? "Say what happened" : "Say why it was withdrawn");
        }
        if (errors.isEmpty()) {
            try {
                AdviceRequest done = switch (action) {
                    case "received" -> advice.receive(caseRef, adviceRequestId, new ReceiveAdvice(date));
                    case "chased" -> advice.chase(caseRef, adviceRequestId,
                            check.valid(new ChaseAdvice(date, note.isBlank() ? null : note.trim())));
                    case "excused" -> advice.excuse(caseRef, adviceRequestId,
                            check.valid(new ExcuseAdvice(AdviceExceptionReason.valueOf(choice), note.trim(), date,
                                    appointment)));
                    case "withdrawn" -> advice.withdraw(caseRef, adviceRequestId,
                            check.valid(new WithdrawAdvice(date, note.trim())));
                    default -> throw new CaseNotFound("there is no such step for advice: " + action);
                };
                redirect.addFlashAttribute("done", "Recorded " + done.describe() + " as " + action);
                return "redirect:/cases/" + caseRef;
            } catch (InvalidRequest e) {
                e.errors().forEach((field, message) -> {
                    boolean typed = field.equals("note") || (field.equals("reason") && action.equals("withdrawn"));
                    if (typed) {
                        errors.put(form + "-note", "The note " + message);
                    } else if (field.equals("appointmentDate")) {
                        errors.put(form + "-appointment", "The date of the missed appointment " + message);
                    } else if (field.equals("reason")) {
                        errors.put(form + "-choice", "The reason " + message);
                    } else {
                        errors.put(form + "-date", "The date " + message);
                    }
                });
            } catch (StepNotPossible | CaseNotFound e) {
                // The form itself may be gone from the page (the advice was received or chased meanwhile): the
                // message goes with the advice heading, which always is there.
                errors.put(ADVICE_HEADING, sentence(e.getMessage()));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("adviceForm" + "Failed", form);
        model.addAttribute("adviceTyped", List.of(dateDay, dateMonth, dateYear));
        model.addAttribute("adviceTypedAppointment", List.of(appointmentDay, appointmentMonth, appointmentYear));
        model.addAttribute("adviceTypedChoice", choice);
        model.addAttribute("adviceTypedNote", note);
        return render(caseRef, model, response);
    }

    /** Reg 6(1) advice the council decided not to seek, with why: the plan decision then goes ahead without it. */
    @PostMapping("/cases/{caseRef}/advice-not-sought")
    String markNotSought(@PathVariable String caseRef, @RequestParam(defaultValue = "") String adviceType,
                         @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (adviceType.isBlank()) {
            errors.put("notSoughtType", "Select the advice not sought");
        }
        if (reason.isBlank()) {
            errors.put("notSoughtReason", "Say why it is not sought");
        }
        if (errors.isEmpty()) {
            try {
                advice.markNotSought(caseRef, check.valid(new MarkNotSought(AdviceType.valueOf(adviceType),
                        reason.trim())));
                redirect.addFlashAttribute("done", "Recorded " + AdviceType.valueOf(adviceType).label()
                        + " advice as not sought");
                return "redirect:/cases/" + caseRef;
            } catch (InvalidRequest e) {
                e.errors().forEach((field, message) -> errors.put(field.equals("reason") ? "notSoughtReason"
                        : "notSoughtType", (field.equals("reason") ? "The reason " : "The advice ") + message));
            } catch (StepNotPossible e) {
                errors.put("notSoughtType", sentence(e.getMessage()));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("notSoughtTyped", List.of(adviceType, reason));
        return render(caseRef, model, response);
    }

    /** The API's field names as the plan forms name them on the page. */
    private static final Map<String, String> PLAN_FIELDS = Map.ofEntries(Map.entry("startDate", "planStartDate"),
            Map.entry("settingUrn", "planSettingUrn"), Map.entry("senSetting", "planSenSetting"),
            Map.entry("needs", "planNeeds"), Map.entry("transferredInDate", "planTransferredIn"),
            Map.entry("entryDate", "planEntryDate"), Map.entry("ceasedDate", "planCeasedDate"),
            Map.entry("reason", "planCeaseReason"), Map.entry("lastReviewDate", "planLastReview"),
            Map.entry("noticeDate", "planTransferNotice"), Map.entry("reassess", "planReassess"),
            Map.entry("organisedArrangements", "organisedArrangements"),
            Map.entry("directPayments", "directPayments"), Map.entry("placementRank", "planPlacementRank"),
            Map.entry("moveDate", "planPost16Move"));

    /** A rank as typed: empty is none, anything but a whole number is named on the form's field. */
    private static Integer rank(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.strip().matches("[0-9]{1,2}")) {
            return Integer.valueOf(typed.strip());
        }
        errors.put(field, "The rank must be a whole number from 1 (the main setting) to 9");
        return null;
    }

    /**
     * A place's SEN2 details (rank, SEN unit, resourced provision), by its number in the plan's settings table; the
     * errors show in that row's form ({@code placement-{number}-rank}).
     */
    @PostMapping("/cases/{caseRef}/plan/placements/{number}")
    String describePlacement(@PathVariable String caseRef, @PathVariable int number,
                             @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        String field = "placement-" + number + "-rank";
        Map<String, String> errors = new LinkedHashMap<>();
        Integer rank = rank(form.get("placementRank"), field, errors);
        if (errors.isEmpty()) {
            try {
                plans.describePlacement(caseRef, number, new PlanCommands.DescribePlacement(rank,
                        form.containsKey("senUnit"), form.containsKey("resourcedProvision")));
                redirect.addFlashAttribute("done", "Setting described");
                return "redirect:/cases/" + caseRef;
            } catch (InvalidRequest e) {
                e.errors().values().forEach(message -> errors.put(field, "The rank " + message));
            } catch (CaseNotFound e) {
                errors.put("plan-heading", sentence(e.getMessage()));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("placementTyped", Map.of(number, form));
        return render(caseRef, model, response);
    }

    /** The child's details for the SEN2 return, as the API's {@code /child-details}: what is typed is kept. */
    @PostMapping("/cases/{caseRef}/child-details")
    String childDetails(@PathVariable String caseRef, @RequestParam Map<String, String> form, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            sen2.recordChildDetails(caseRef, check.valid(new ChildReturnDetails(
                    typed(form, "upn").toUpperCase(java.util.Locale.ROOT), typed(form, "sex"),
                    typed(form, "ethnicity"), typed(form, "postcode"), typed(form, "uln").replace(" ", ""),
                    typed(form, "upnUnknownReason"))));
            redirect.addFlashAttribute("done", "Child's details recorded");
            return "redirect:/cases/" + caseRef;
        } catch (InvalidRequest e) {
            e.errors().forEach((f, message) -> errors.put("child-" + f, CHILD_FIELDS.getOrDefault(f, f) + " "
                    + message));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("childTyped", form);
        return render(caseRef, model, response);
    }

    private static final Map<String, String> CHILD_FIELDS = Map.of("upn", "The UPN", "uln", "The ULN",
            "sex", "The child's sex", "ethnicity", "The child's ethnicity", "postcode", "The postcode",
            "upnUnknownReason", "The reason");

    private static String typed(Map<String, String> form, String field) {
        return form.getOrDefault(field, "").strip();
    }

    /** The request's SEN2 flags: each yes, no or not known. */
    @PostMapping("/cases/{caseRef}/return-flags")
    String returnFlags(@PathVariable String caseRef, @RequestParam Map<String, String> form,
                       RedirectAttributes redirect) {
        sen2.recordReturnFlags(caseRef, new ReturnFlags(flag(form, "youthAccommodation"),
                flag(form, "requestMediation"), flag(form, "requestTribunal"), flag(form, "assessmentMediation"),
                flag(form, "assessmentTribunal"), flag(form, "otherMediation"), flag(form, "otherTribunal")));
        redirect.addFlashAttribute("done", "Request's flags for the SEN2 return recorded");
        return "redirect:/cases/" + caseRef;
    }

    /** "yes", "no", or anything else (the "not known" choice) as not known. */
    private static Boolean flag(Map<String, String> form, String field) {
        String answer = form.getOrDefault(field, "");
        return answer.equals("yes") ? Boolean.TRUE : answer.equals("no") ? Boolean.FALSE : null;
    }

    /**
     * The plan's three forms: record (or correct) it, a move to another setting, its ceasing. Needs are typed as SEN
     * type codes in rank order, separated by spaces, commas or semicolons.
     */
    @PostMapping("/cases/{caseRef}/plan/{action}")
    String plan(@PathVariable String caseRef, @PathVariable String action,
                @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String urn = Text.blankToNull(form.getOrDefault("settingUrn", "").strip());
        SenSetting senSetting = code(form.get("senSetting"), SenSetting.class, "planSenSetting", errors);
        try {
            switch (action) {
                case "record" -> {
                    LocalDate start = date(form, "planStart", "planStartDate", "the date the plan started", true, errors);
                    LocalDate transferredIn = date(form, "transferredIn", "planTransferredIn",
                            "the date the plan was transferred in", false, errors);
                    LocalDate lastReview = date(form, "lastReview", "planLastReview",
                            "the date of the plan's last review by the other council", false, errors);
                    List<SenNeed> needs = new java.util.ArrayList<>();
                    for (String code : form.getOrDefault("needs", "").trim().split("[\\s,;]+")) {
                        if (!code.isEmpty()) {
                            needs.add(code(code.toUpperCase(), SenNeed.class, "planNeeds", errors));
                        }
                    }
                    if (errors.isEmpty()) {
                        plans.record(caseRef, check.valid(new PlanCommands.RecordPlan(start, urn, senSetting, needs,
                                form.containsKey("personalBudget"), form.containsKey("residential"),
                                form.containsKey("workBasedLearning"), transferredIn, lastReview,
                                form.containsKey("organisedArrangements"), form.containsKey("directPayments"))));
                        redirect.addFlashAttribute("done", "Plan recorded");
                        return "redirect:/cases/" + caseRef;
                    }
                }
                case "setting" -> {
                    LocalDate entry = date(form, "entry", "planEntryDate", "the date the child started there", true,
                            errors);
                    Integer rank = rank(form.get("placementRank"), "planPlacementRank", errors);
                    if (errors.isEmpty()) {
                        plans.changeSetting(caseRef, check.valid(new PlanCommands.ChangeSetting(urn, senSetting,
                                entry, rank, form.containsKey("senUnit"), form.containsKey("resourcedProvision"))));
                        redirect.addFlashAttribute("done", "Setting changed");
                        return "redirect:/cases/" + caseRef;
                    }
                }
                case "transfer-notice" -> {
                    LocalDate notice = date(form, "notice", "planTransferNotice",
                            "the date the family was told", true, errors);
                    String reassess = form.getOrDefault("reassess", "");
                    if (!reassess.equals("yes") && !reassess.equals("no")) {
                        errors.put("planReassess", "Select whether the council will reassess the child");
                    }
                    if (errors.isEmpty()) {
                        plans.recordTransferNotice(caseRef, check.valid(new PlanCommands.TransferNotice(notice,
                                reassess.equals("yes"))));
                        redirect.addFlashAttribute("done", "Family's notice recorded");
                        return "redirect:/cases/" + caseRef;
                    }
                }
                case "post16-move" -> {
                    LocalDate move = date(form, "move", "planPost16Move", "the date of the move", true, errors);
                    if (errors.isEmpty()) {
                        plans.planPost16Move(caseRef, check.valid(new PlanCommands.PlanPost16Move(move)));
                        redirect.addFlashAttribute("done", "Post-16 move recorded");
                        return "redirect:/cases/" + caseRef;
                    }
                }
                case "cease" -> {
                    LocalDate ceased = date(form, "ceased", "planCeasedDate", "the date the plan ceased", true, errors);
                    Integer reason = form.getOrDefault("reason", "").matches("[1-9]")
                            ? Integer.valueOf(form.get("reason")) : null;
                    if (reason == null) {
                        errors.put("planCeaseReason", "Select why the plan ceased");
                    }
                    if (errors.isEmpty()) {
                        plans.cease(caseRef, check.valid(new PlanCommands.CeasePlan(ceased, reason)));
                        redirect.addFlashAttribute("done", "Plan ceased");
                        return "redirect:/cases/" + caseRef;
                    }
                }
                default -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    model.addAttribute("status", HttpStatus.NOT_FOUND.value());
                    return "error";
                }
            }
        } catch (InvalidRequest e) {
            e.errors().forEach((field, message) -> errors.put(PLAN_FIELDS.getOrDefault(field, "plan-heading"),
                    sentence(message)));
        } catch (StepNotPossible | CaseNotFound e) {
            errors.put("plan-heading", sentence(e.getMessage()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("planTyped", form);
        model.addAttribute("planForm", action);
        return render(caseRef, model, response);
    }

    private static LocalDate date(Map<String, String> form, String prefix, String field, String what,
                                  boolean required, Map<String, String> errors) {
        return DateInput.read(form.getOrDefault(prefix + "Day", ""), form.getOrDefault(prefix + "Month", ""),
                form.getOrDefault(prefix + "Year", ""), field, what, required, errors);
    }

    private static <E extends Enum<E>> E code(String value, Class<E> codes, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(codes, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "\"" + value.strip() + "\" is not one of " + java.util.Arrays.stream(
                    codes.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /**
     * A step of a plan's review cycle, as the API's ({@code /api/cases/{ref}/reviews/{cycle}/{step}}): one date, and
     * who arranges the meeting, or the decision with its proposed amendments and whether it is the phase transfer.
     * The errors show on the form of that cycle and step ({@link ReviewStepForm#id}).
     */
    @PostMapping("/cases/{caseRef}/reviews/{cycle}/{step}")
    String reviewStep(@PathVariable String caseRef, @PathVariable int cycle, @PathVariable String step,
                      @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        String id = "r" + cycle + "-" + step;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            LocalDate date = DateInput.read(form.getOrDefault("reviewDay", ""), form.getOrDefault("reviewMonth", ""),
                    form.getOrDefault("reviewYear", ""), id + "-date", "the date", true, errors);
            String done;
            switch (step) {
                case "meeting" -> {
                    done = "Meeting arranged";
                    if (errors.isEmpty()) {
                        reviews.arrangeMeeting(caseRef, cycle, check.valid(new ReviewCommands.ArrangeMeeting(date,
                                form.get("arrangedBy"))));
                    }
                }
                case "invitations" -> {
                    done = "Invitations recorded";
                    if (errors.isEmpty()) {
                        reviews.sendInvitations(caseRef, cycle, check.valid(new ReviewCommands.SendInvitations(date)));
                    }
                }
                case "advice-circulated" -> {
                    done = "Advice circulated recorded";
                    if (errors.isEmpty()) {
                        reviews.circulateAdvice(caseRef, cycle, check.valid(new ReviewCommands.CirculateAdvice(date)));
                    }
                }
                case "advice-requests" -> {
                    done = "Advice requested";
                    AdviceType type = code(form.get("adviceType"), AdviceType.class, id + "-type", errors);
                    if (type == null && !errors.containsKey(id + "-type")) {
                        errors.put(id + "-type", "Select who the advice is from");
                    }
                    if (errors.isEmpty()) {
                        reviewAdvice.request(caseRef, cycle, check.valid(new AdviceCommands.RequestAdvice(type,
                                form.get("provider"), date)));
                    }
                }
                case "advice-received" -> {
                    done = "Advice received recorded";
                    Long adviceRequestId = null;
                    try {
                        adviceRequestId = Long.valueOf(form.getOrDefault("adviceRequestId", ""));
                    } catch (NumberFormatException e) {
                        errors.put(id + "-which", "Select the advice received");
                    }
                    if (errors.isEmpty()) {
                        reviewAdvice.receive(caseRef, cycle, adviceRequestId, check.valid(
                                new AdviceCommands.ReceiveAdvice(date)));
                    }
                }
                case "meeting-held" -> {
                    done = "Meeting recorded";
                    if (errors.isEmpty()) {
                        reviews.holdMeeting(caseRef, cycle, check.valid(new ReviewCommands.HoldMeeting(date)));
                    }
                }
                case "report" -> {
                    done = "Report recorded";
                    if (errors.isEmpty()) {
                        reviews.receiveReport(caseRef, cycle, check.valid(new ReviewCommands.ReceiveReport(date)));
                    }
                }
                case "decision" -> {
                    done = "Decision recorded";
                    ReviewDecision decision = code(form.get("decision"), ReviewDecision.class, id + "-decision", errors);
                    if (decision == null && !errors.containsKey(id + "-decision")) {
                        errors.put(id + "-decision", "Select the decision: maintain, amend or cease");
                    }
                    LocalDate proposed = DateInput.read(form.getOrDefault("proposedDay", ""),
                            form.getOrDefault("proposedMonth", ""), form.getOrDefault("proposedYear", ""),
                            id + "-proposed", "the date the amendments were proposed", false, errors);
                    if (errors.isEmpty()) {
                        reviews.decide(caseRef, cycle, check.valid(new ReviewCommands.Decide(decision, date, proposed,
                                form.containsKey("phaseTransfer"))));
                    }
                }
                case "representations" -> {
                    done = "Representations recorded";
                    if (errors.isEmpty()) {
                        reviews.recordRepresentations(caseRef, cycle, check.valid(
                                new ReviewCommands.RecordRepresentations(date)));
                    }
                }
                case "amended-plan" -> {
                    done = "Amended plan recorded";
                    if (errors.isEmpty()) {
                        reviews.issueAmendedPlan(caseRef, cycle, check.valid(new ReviewCommands.IssueAmendedPlan(date)));
                    }
                }
                case "cease-consultation" -> {
                    done = "Consultation recorded: cease the plan with its date and reason";
                    if (errors.isEmpty()) {
                        reviews.consultOnCeasing(caseRef, cycle, check.valid(
                                new ReviewCommands.ConsultOnCeasing(date)));
                    }
                }
                default -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    model.addAttribute("status", HttpStatus.NOT_FOUND.value());
                    return "error";
                }
            }
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("done", done);
                return "redirect:/cases/" + caseRef;
            }
        } catch (InvalidRequest e) {
            e.errors().forEach((field, message) -> errors.put(id + "-" + switch (field) {
                case "arrangedBy" -> "who";
                case "adviceType" -> "type";
                case "provider" -> "provider";
                case "decision" -> "decision";
                case "amendmentsProposedDate" -> "proposed";
                case "phaseTransfer" -> "transfer";
                default -> "date";
            }, sentence(message)));
        } catch (StepNotPossible | CaseNotFound e) {
            errors.put("reviews-heading", sentence(e.getMessage()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("reviewTyped", form);
        model.addAttribute("reviewForm", id);
        return render(caseRef, model, response);
    }

    /** A manager agrees a caseworker's reg 10(4) exception (four-eyes). Role MANAGER (WebSecurity). */
    @PostMapping("/cases/{caseRef}/exceptions/{exceptionId}/agreement")
    String agreeException(@PathVariable String caseRef, @PathVariable long exceptionId, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        try {
            assessments.agreeException(caseRef, exceptionId);
            redirect.addFlashAttribute("done", "Exception agreed: it counts in the \"excluding exceptions\" measures");
            return "redirect:/cases/" + caseRef;
        } catch (StepNotPossible | CaseNotFound e) {
            model.addAttribute("errors", Map.of("exceptions-heading", sentence(e.getMessage())));
            return render(caseRef, model, response);
        }
    }

    @PostMapping("/cases/{caseRef}/steps/{slug}")
    String step(@PathVariable String caseRef, @PathVariable String slug, @ModelAttribute StepForm form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        CaseStep step = CaseStep.ofSlug(slug);
        if (step == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("status", HttpStatus.NOT_FOUND.value());
            return "error";
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        String choice = form.choice(step, fieldErrors);
        LocalDate first = form.firstDate(step, fieldErrors);
        LocalDate second = form.secondDate(step, fieldErrors);
        String text = form.text(step, fieldErrors);
        if (step == CaseStep.EXCEPTION && form.note() == null) {
            fieldErrors.put("note", "Say what happened");
        }
        if (fieldErrors.isEmpty()) {
            try {
                redirect.addFlashAttribute("done", take(caseRef, step, choice, first, second, text, form.note()));
                return "redirect:/cases/" + caseRef;
            } catch (InvalidRequest e) {
                e.errors().forEach((field, message) -> fieldErrors.put(step.formField(field),
                        label(step, step.formField(field)) + " " + message));
            } catch (StepNotPossible e) {
                fieldErrors.put(step.choices().isEmpty() ? "firstDate" : "choice", sentence(e.getMessage()));
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        fieldErrors.forEach((field, message) -> errors.put(step.slug() + "-" + field, message));
        model.addAttribute("errors", errors);
        model.addAttribute("failedStep", step);
        model.addAttribute("stepTyped", form);
        return render(caseRef, model, response);
    }

    /** Takes the step through the same service the API uses; says what was done, for the page's banner. */
    private String take(String caseRef, CaseStep step, String choice, LocalDate first, LocalDate second, String text,
                        String note) {
        switch (step) {
            case PLAN_DECISION -> assessments.decideWhetherToIssuePlan(caseRef,
                    check.valid(new DecideWhetherToIssuePlan(PlanDecision.valueOf(choice), first, second)));
            case SERVE_DRAFT -> assessments.serveDraft(caseRef, new ServeDraft(first));
            case PARENT_RESPONSE -> assessments.recordParentResponse(caseRef,
                    check.valid(new ParentResponse(first, text, Boolean.valueOf(choice))));
            case CONSULT_SCHOOL -> assessments.recordSchoolConsultation(caseRef,
                    check.valid(new SchoolConsultation(text, first)));
            case FINAL_PLAN -> assessments.issueFinalPlan(caseRef, new IssueFinalPlan(first));
            case EXCEPTION -> assessments.recordException(caseRef,
                    check.valid(new RecordException(ExceptionReason.valueOf(choice), first, second, note)));
            case WITHDRAW -> assessments.withdraw(caseRef, check.valid(new Withdraw(first, note)));
            case CLOSE -> assessments.close(caseRef, check.valid(new Close(first, ClosedReason.valueOf(choice), note)));
        }
        return switch (step) {
            case PLAN_DECISION -> "Plan decision recorded";
            case SERVE_DRAFT -> "Draft plan served: the parent's 15-day comment period ends "
                    + DateText.of(views.of(caseRef).commentPeriodEnds());
            case PARENT_RESPONSE -> "Parent's response recorded";
            case CONSULT_SCHOOL -> "School or college consultation recorded";
            case FINAL_PLAN -> "Final plan issued";
            case EXCEPTION -> "Exception recorded: the statutory due dates do not change"
                    + (views.of(caseRef).exceptions().stream().allMatch(CaseView.ExceptionView::counts) ? ""
                    : ". It counts in the \"excluding exceptions\" measures once a manager agrees it");
            case WITHDRAW -> "Request withdrawn: every clock has stopped";
            case CLOSE -> "Case closed: every clock has stopped";
        };
    }

    /** What the decision starts: the caseworker sees at once the dates the next steps are due by. */
    private static String decided(CaseView c) {
        return c.decision() == Decision.ASSESS
                ? "Decision to assess recorded: a notice if no plan is due by " + DateText.of(c.noPlanNoticeDue())
                        + ", the final plan by " + DateText.of(c.finalPlanDue())
                : "Decision not to assess recorded: the assessment ends here";
    }

    private static String label(CaseStep step, String formField) {
        return switch (formField) {
            case "firstDate" -> step.firstDate();
            case "secondDate" -> step.secondDate().replace(" (optional)", "");
            case "text" -> step.text().replace(" (optional)", "");
            case "note" -> "The note";
            default -> "The choice";
        };
    }

    /** The child's details form: what was typed when it was refused, else what is recorded. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> childForm(CaseView c, Model model) {
        Map<String, String> typed = (Map<String, String>) model.getAttribute("childTyped");
        if (typed != null) {
            return typed;
        }
        Map<String, String> held = new java.util.HashMap<>();
        held.put("upn", c.child().upn());
        held.put("sex", c.child().sex());
        held.put("ethnicity", c.child().ethnicity());
        held.put("postcode", c.child().postcode());
        held.put("uln", c.child().uln());
        held.put("upnUnknownReason", c.child().upnUnknownReason());
        return held;
    }

    /** Each flag's field, its question and its answer now ("yes", "no" or "unknown"), in the form's order. */
    private static List<List<String>> flagChoices(ReturnFlags flags) {
        return List.of(
                List.of("youthAccommodation", "Request made while in relevant youth accommodation",
                        answer(flags.youthAccommodation())),
                List.of("requestMediation", "Mediation on the decision not to assess", answer(flags.requestMediation())),
                List.of("requestTribunal", "Appeal to the tribunal on the decision not to assess",
                        answer(flags.requestTribunal())),
                List.of("assessmentMediation", "Mediation on the assessment's outcome",
                        answer(flags.assessmentMediation())),
                List.of("assessmentTribunal", "Appeal to the tribunal on the assessment's outcome",
                        answer(flags.assessmentTribunal())),
                List.of("otherMediation", "Other mediation", answer(flags.otherMediation())),
                List.of("otherTribunal", "Other appeal to the tribunal", answer(flags.otherTribunal())));
    }

    private static String answer(Boolean flag) {
        return flag == null ? "unknown" : flag ? "yes" : "no";
    }

    private static String sentence(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** The case page, with what the model already holds (a refused form's errors and what was typed in it). */
    String render(String caseRef, Model model, HttpServletResponse response) {
        CaseView c;
        try {
            c = views.of(caseRef);
        } catch (CaseNotFound e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("status", HttpStatus.NOT_FOUND.value());
            return "error";
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", c);
        model.addAttribute("stopped", stoppedProcesses.of(caseRef).orElse(null));
        model.addAttribute("today", today);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("clocks", CaseClockRow.of(c));
        model.addAttribute("awaited", c.advice().stream().filter(a -> a.status().isOutstanding()).toList());
        // Excused advice may still arrive, and counts in the advice figures when it does.
        model.addAttribute("answerable", c.advice().stream()
                .filter(a -> a.status().isOutstanding() || a.status() == AdviceStatus.EXCUSED).toList());
        model.addAttribute("chaseable", c.advice().stream().filter(a -> a.status().isOutstanding())
                .filter(a -> process.chaseTask(caseRef, a.id()).isPresent()).map(CaseView.AdviceView::id)
                .collect(Collectors.toSet()));
        model.addAttribute("deciding", c.openTasks().stream()
                .anyMatch(t -> AssessmentSteps.DECIDE_WHETHER_TO_ASSESS.equals(t.taskKey())));
        model.addAttribute("gatheringAdvice", c.status() == CaseStatus.OPEN && c.decision() == Decision.ASSESS
                && c.planDecision() == null);
        model.addAttribute("adviceTypes", AdviceType.values());
        model.addAttribute("requiredAdviceTypes", AdviceType.REQUIRED);
        model.addAttribute("agreementNeeded", settings.exceptionNeedsManagerAgreement());
        model.addAttribute("adviceReasons", AdviceExceptionReason.values());
        model.addAttribute("blankDate", BLANK_DATE);
        model.addAttribute("steps", java.util.Arrays.stream(CaseStep.values()).filter(s -> s.offeredFor(c)).toList());
        model.addAttribute("senSettings", SenSetting.values());
        model.addAttribute("senNeeds", SenNeed.values());
        model.addAttribute("ceaseReasons", CeaseReason.values());
        model.addAttribute("planRecordable", c.status() != CaseStatus.OPEN);
        if (!model.containsAttribute("planTyped")) {
            model.addAttribute("planTyped", Map.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> planTyped = (Map<String, String>) model.getAttribute("planTyped");
        Map<String, List<String>> planDates = new LinkedHashMap<>();
        for (String prefix : List.of("planStart", "transferredIn", "lastReview", "notice", "entry", "move", "ceased")) {
            planDates.put(prefix, List.of(planTyped.getOrDefault(prefix + "Day", ""),
                    planTyped.getOrDefault(prefix + "Month", ""), planTyped.getOrDefault(prefix + "Year", "")));
        }
        model.addAttribute("planDates", planDates);
        if (!model.containsAttribute("placementTyped")) {
            model.addAttribute("placementTyped", Map.of());
        }
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("upnUnknownReasons", UpnUnknownReason.values());
        model.addAttribute("childForm", childForm(c, model));
        model.addAttribute("flagChoices", flagChoices(c.returnFlags()));
        ReviewsView reviewsOfPlan = c.plan() == null ? null : reviewViews.of(caseRef);
        model.addAttribute("reviews", reviewsOfPlan);
        model.addAttribute("reviewForms", ReviewStepForm.of(reviewsOfPlan));
        model.addAttribute("reviewDecisions", ReviewDecision.values());
        if (!model.containsAttribute("reviewTyped")) {
            model.addAttribute("reviewTyped", Map.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> reviewTyped = (Map<String, String>) model.getAttribute("reviewTyped");
        model.addAttribute("reviewDate", List.of(reviewTyped.getOrDefault("reviewDay", ""),
                reviewTyped.getOrDefault("reviewMonth", ""), reviewTyped.getOrDefault("reviewYear", "")));
        model.addAttribute("proposedDate", List.of(reviewTyped.getOrDefault("proposedDay", ""),
                reviewTyped.getOrDefault("proposedMonth", ""), reviewTyped.getOrDefault("proposedYear", "")));
        List<ReassessmentView> reassessmentsOfPlan = reassessments.addTo(caseRef, c, model);
        model.addAttribute("toDo", WhatIsToBeDone.of(c, reviewsOfPlan, reassessmentsOfPlan, reassessmentsOfPlan
                .stream().anyMatch(ReassessmentView::open) ? reassessmentViews.openTasks(caseRef) : Map.of(),
                settings));
        model.addAttribute("running", diagrams.running(caseRef, reviewsOfPlan, reassessmentsOfPlan));
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
        if (!model.containsAttribute("adviceForm")) {
            model.addAttribute("adviceForm", new AdviceRequestForm());
        }
        return "case";
    }
}
