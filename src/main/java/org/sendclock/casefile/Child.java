package org.sendclock.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.Month;

/** The child or young person the request is about. */
@Embeddable
public class Child {

    @Column(name = "child_given_name")
    private String givenName;
    @Column(name = "child_family_name")
    private String familyName;
    @Column(name = "child_date_of_birth")
    private LocalDate dateOfBirth;
    /** Unique Pupil Number, when the child has one. */
    @Column(name = "child_upn")
    private String upn;
    /** The school, college or early-years setting the child attends now. */
    @Column(name = "child_setting")
    private String setting;
    /** SEN2 module 1: the child's sex as the return codes it. */
    @Column(name = "child_sex")
    private String sex;
    /** SEN2 module 1: the DfE ethnicity code. */
    @Column(name = "child_ethnicity")
    private String ethnicity;
    @Column(name = "child_postcode")
    private String postcode;
    /** Unique Learner Number, for a young person in further education or training. */
    @Column(name = "child_uln")
    private String uln;
    /** SEN2 module 1: why neither the UPN nor the ULN is known. */
    @Column(name = "child_upn_unknown_reason")
    private String upnUnknownReason;

    protected Child() {
    }

    public Child(String givenName, String familyName, LocalDate dateOfBirth, String upn, String setting) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.upn = upn;
        this.setting = setting;
    }

    /**
     * The same child with the details the SEN2 return asks for and the request form does not: each may be null
     * (not yet known).
     */
    public Child withReturnDetails(String sex, String ethnicity, String postcode, String uln,
                                   String upnUnknownReason) {
        Child c = new Child(givenName, familyName, dateOfBirth, upn, setting);
        c.sex = sex;
        c.ethnicity = ethnicity;
        c.postcode = postcode;
        c.uln = uln;
        c.upnUnknownReason = upnUnknownReason;
        return c;
    }

    /**
     * The national curriculum year on a date: 0 is Reception, negative is below school age, 12 and 13 are the sixth
     * form. Children born September to August share a school year, which starts in September. Null when the date
     * of birth is not recorded (a case imported without it).
     */
    public Integer nationalCurriculumYearOn(LocalDate date) {
        return dateOfBirth == null ? null : academicYearStarting(date) - academicYearStarting(dateOfBirth) - 5;
    }

    private static int academicYearStarting(LocalDate date) {
        return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /** Imported cases may lack the name: the record says so rather than showing "null". */
    public String fullName() {
        String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        return name.isEmpty() ? "Name not recorded" : name;
    }

    /** What Hibernate gives back as null when every child column is empty. */
    static Child unknown() {
        return new Child(null, null, null, null, null);
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getUpn() {
        return upn;
    }

    public String getSetting() {
        return setting;
    }

    public String getSex() {
        return sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getUln() {
        return uln;
    }

    public String getUpnUnknownReason() {
        return upnUnknownReason;
    }
}
