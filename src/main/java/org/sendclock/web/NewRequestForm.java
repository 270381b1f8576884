package org.sendclock.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.RequestSource;

/**
 * The new request form as typed, kept as text so that a refused submit shows exactly what was entered. Dates are
 * GOV.UK date inputs: day, month and year apart.
 */
public class NewRequestForm {

    private String requestDay = "";
    private String requestMonth = "";
    private String requestYear = "";
    private String source = "";
    private String givenName = "";
    private String familyName = "";
    private String birthDay = "";
    private String birthMonth = "";
    private String birthYear = "";
    private String upn = "";
    private String setting = "";
    private String uln = "";
    private String sex = "";
    private String ethnicity = "";
    private String postcode = "";
    private String team = "";

    /**
     * The command, or null with {@code errors} filled in (by form field, in the order of the form) when something
     * typed cannot be read at all. What can be read is checked by the command itself.
     */
    RegisterRequest toCommand(String caseworker, Map<String, String> errors) {
        LocalDate requested = DateInput.read(requestDay, requestMonth, requestYear, "requestDate",
                "the date the request was received", true, errors);
        RequestSource from = null;
        if (source.isBlank()) {
            errors.put("source", "Select who made the request");
        } else {
            from = RequestSource.valueOf(source);
        }
        if (givenName.isBlank()) {
            errors.put("givenName", "Enter the child's first name");
        }
        if (familyName.isBlank()) {
            errors.put("familyName", "Enter the child's last name");
        }
        LocalDate born = DateInput.read(birthDay, birthMonth, birthYear, "dateOfBirth", "the child's date of birth",
                true, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new RegisterRequest(requested, from, new ChildDetails(givenName.trim(), familyName.trim(), born,
                upn.isBlank() ? null : upn.trim().toUpperCase(), setting.isBlank() ? null : setting.trim(),
                sex.isBlank() ? null : sex, ethnicity.isBlank() ? null : ethnicity,
                postcode.isBlank() ? null : postcode.trim(), uln.isBlank() ? null : uln.replace(" ", ""), null),
                caseworker, team.isBlank() ? null : team.trim());
    }

    /** The command's field names as the form's. */
    static Map<String, String> formErrors(Map<String, String> commandErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        commandErrors.forEach((field, message) -> {
            switch (field) {
                case "requestDate" -> errors.put("requestDate", "The date the request was received " + message);
                case "child.dateOfBirth" -> errors.put("dateOfBirth", "The child's date of birth " + message);
                case "child.upn" -> errors.put("upn", "The UPN " + message);
                case "child.uln" -> errors.put("uln", "The ULN " + message);
                case "child.sex" -> errors.put("sex", "The child's sex " + message);
                case "child.ethnicity" -> errors.put("ethnicity", "The child's ethnicity " + message);
                case "child.postcode" -> errors.put("postcode", "The postcode " + message);
                default -> errors.put(field.replace("child.", ""), capitalise(field.replace("child.", "")) + " "
                        + message);
            }
        });
        return errors;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public String getRequestDay() { return requestDay; }
    public void setRequestDay(String v) { requestDay = v == null ? "" : v; }
    public String getRequestMonth() { return requestMonth; }
    public void setRequestMonth(String v) { requestMonth = v == null ? "" : v; }
    public String getRequestYear() { return requestYear; }
    public void setRequestYear(String v) { requestYear = v == null ? "" : v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v == null ? "" : v; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v == null ? "" : v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v == null ? "" : v; }
    public String getBirthDay() { return birthDay; }
    public void setBirthDay(String v) { birthDay = v == null ? "" : v; }
    public String getBirthMonth() { return birthMonth; }
    public void setBirthMonth(String v) { birthMonth = v == null ? "" : v; }
    public String getBirthYear() { return birthYear; }
    public void setBirthYear(String v) { birthYear = v == null ? "" : v; }
    public String getUpn() { return upn; }
    public void setUpn(String v) { upn = v == null ? "" : v; }
    public String getSetting() { return setting; }
    public void setSetting(String v) { setting = v == null ? "" : v; }
    public String getUln() { return uln; }
    public void setUln(String v) { uln = v == null ? "" : v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v == null ? "" : v; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v == null ? "" : v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v == null ? "" : v; }
    public String getTeam() { return team; }
    public void setTeam(String v) { team = v == null ? "" : v; }
}
