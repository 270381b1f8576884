package org.sendclock.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceType;

/** A request for advice as typed on the case page. */
public class AdviceRequestForm {

    private String adviceType = "";
    private String provider = "";
    private String requestedDay = "";
    private String requestedMonth = "";
    private String requestedYear = "";

    RequestAdvice toCommand(Map<String, String> errors) {
        AdviceType type = null;
        if (adviceType.isBlank()) {
            errors.put("adviceType", "Choose the kind of advice asked for");
        } else {
            type = AdviceType.valueOf(adviceType);
        }
        if (provider.length() > 200) {
            errors.put("provider", "Who was asked must be 200 characters or fewer");
        }
        LocalDate asked = DateInput.read(requestedDay, requestedMonth, requestedYear, "requestedDate",
                "the date the advice was asked for", true, errors);
        return errors.isEmpty() ? new RequestAdvice(type, provider.isBlank() ? null : provider.trim(), asked) : null;
    }

    static Map<String, String> formErrors(Map<String, String> commandErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        commandErrors.forEach((field, message) -> errors.put(field, switch (field) {
            case "requestedDate" -> "The date the advice was asked for " + message;
            case "provider" -> "The provider " + message;
            default -> field + " " + message;
        }));
        return errors;
    }

    public String getAdviceType() { return adviceType; }
    public void setAdviceType(String v) { adviceType = v == null ? "" : v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v == null ? "" : v; }
    public String getRequestedDay() { return requestedDay; }
    public void setRequestedDay(String v) { requestedDay = v == null ? "" : v; }
    public String getRequestedMonth() { return requestedMonth; }
    public void setRequestedMonth(String v) { requestedMonth = v == null ? "" : v; }
    public String getRequestedYear() { return requestedYear; }
    public void setRequestedYear(String v) { requestedYear = v == null ? "" : v; }
}
