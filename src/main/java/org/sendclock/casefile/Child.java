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
}
