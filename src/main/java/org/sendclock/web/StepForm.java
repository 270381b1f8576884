package org.sendclock.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What was typed into one step's form on the case page, kept as text so a refused submit shows it again. */
public class StepForm {

    private String choice = "";
    private String firstDay = "";
    private String firstMonth = "";
    private String firstYear = "";
    private String secondDay = "";
    private String secondMonth = "";
    private String secondYear = "";
    private String text = "";
    private String note = "";

    LocalDate firstDate(CaseStep step, Map<String, String> errors) {
        return DateInput.read(firstDay, firstMonth, firstYear, "firstDate", step.firstDate().toLowerCase(), true,
                errors);
    }

    LocalDate secondDate(CaseStep step, Map<String, String> errors) {
        return step.secondDate() == null ? null : DateInput.read(secondDay, secondMonth, secondYear, "secondDate",
                step.secondDate().replace(" (optional)", "").replaceFirst("^If [^:]+: ", "").toLowerCase(), false,
                errors);
    }

    String choice(CaseStep step, Map<String, String> errors) {
        if (!step.choices().isEmpty() && choice.isBlank()) {
            errors.put("choice", "Select one");
        }
        return choice.isBlank() ? null : choice;
    }

    String text(CaseStep step, Map<String, String> errors) {
        if (step.textRequired() && text.isBlank()) {
            errors.put("text", "Enter the " + step.text().toLowerCase());
        }
        return text.isBlank() ? null : text.trim();
    }

    String note() {
        return note.isBlank() ? null : note.trim();
    }

    public List<String> first() {
        return List.of(firstDay, firstMonth, firstYear);
    }

    public List<String> second() {
        return List.of(secondDay, secondMonth, secondYear);
    }

    public String getChoice() { return choice; }
    public void setChoice(String v) { choice = v == null ? "" : v; }
    public String getFirstDay() { return firstDay; }
    public void setFirstDay(String v) { firstDay = v == null ? "" : v; }
    public String getFirstMonth() { return firstMonth; }
    public void setFirstMonth(String v) { firstMonth = v == null ? "" : v; }
    public String getFirstYear() { return firstYear; }
    public void setFirstYear(String v) { firstYear = v == null ? "" : v; }
    public String getSecondDay() { return secondDay; }
    public void setSecondDay(String v) { secondDay = v == null ? "" : v; }
    public String getSecondMonth() { return secondMonth; }
    public void setSecondMonth(String v) { secondMonth = v == null ? "" : v; }
    public String getSecondYear() { return secondYear; }
    public void setSecondYear(String v) { secondYear = v == null ? "" : v; }
    public String getText() { return text; }
    public void setText(String v) { text = v == null ? "" : v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v == null ? "" : v; }
}
