package org.sendclock.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendclock.assessment.Commands.DecideWhetherToAssess;
import org.sendclock.casefile.Decision;

/** The decision whether to assess, as typed on the case page; kept as text so a refused submit shows what was typed. */
public class DecisionForm {

    private String decision = "";
    private String decisionDay = "";
    private String decisionMonth = "";
    private String decisionYear = "";
    private String reasons = "";
    private String noticeDay = "";
    private String noticeMonth = "";
    private String noticeYear = "";

    DecideWhetherToAssess toCommand(Map<String, String> errors) {
        Decision outcome = null;
        if (decision.isBlank()) {
            errors.put("decision", "Select whether the council will assess");
        } else {
            outcome = Decision.valueOf(decision);
        }
        LocalDate decided = DateInput.read(decisionDay, decisionMonth, decisionYear, "decisionDate",
                "the date of the decision", true, errors);
        // Week 6 is met by telling the family (reg 5(1)); a refusal's notice carries the appeal and mediation rights.
        LocalDate told = DateInput.read(noticeDay, noticeMonth, noticeYear, "noticeSentDate",
                "the date the family was told", false, errors);
        return errors.isEmpty() ? new DecideWhetherToAssess(outcome, decided, reasons.isBlank() ? null : reasons.trim(),
                null, told) : null;
    }

    /** The command's messages under the form's field names, in words. */
    static Map<String, String> formErrors(Map<String, String> commandErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        commandErrors.forEach((field, message) -> errors.put(field, switch (field) {
            case "decisionDate" -> "The date of the decision " + message;
            case "noticeSentDate", "appealRightsSentDate" -> "The date the family was told " + message;
            case "reasons" -> "The reasons " + message;
            default -> field + " " + message;
        }));
        return errors;
    }

    public String getDecision() { return decision; }
    public void setDecision(String v) { decision = v == null ? "" : v; }
    public String getDecisionDay() { return decisionDay; }
    public void setDecisionDay(String v) { decisionDay = v == null ? "" : v; }
    public String getDecisionMonth() { return decisionMonth; }
    public void setDecisionMonth(String v) { decisionMonth = v == null ? "" : v; }
    public String getDecisionYear() { return decisionYear; }
    public void setDecisionYear(String v) { decisionYear = v == null ? "" : v; }
    public String getReasons() { return reasons; }
    public void setReasons(String v) { reasons = v == null ? "" : v; }
    public String getNoticeDay() { return noticeDay; }
    public void setNoticeDay(String v) { noticeDay = v == null ? "" : v; }
    public String getNoticeMonth() { return noticeMonth; }
    public void setNoticeMonth(String v) { noticeMonth = v == null ? "" : v; }
    public String getNoticeYear() { return noticeYear; }
    public void setNoticeYear(String v) { noticeYear = v == null ? "" : v; }
}
