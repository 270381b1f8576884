package org.sendclock.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One setting the plan named, with the days the child entered and left it (SEN2 module 5b): a school or college by
 * its URN (6 digits) or UKPRN (8 digits), else a SEN2 setting code. An entry date may be unknown (a plan brought in
 * from a system that did not record it).
 */
@Embeddable
public class Placement {

    @Column(name = "setting_urn")
    private String settingUrn;
    @Enumerated(EnumType.STRING)
    @Column(name = "sen_setting")
    private SenSetting senSetting;
    @Column(name = "entry_date")
    private LocalDate entryDate;
    @Column(name = "leaving_date")
    private LocalDate leavingDate;
    /** 1 for the main setting where the child attends more than one at once; null where there is only one. */
    @Column(name = "placement_rank")
    private Integer placementRank;
    @Column(name = "sen_unit")
    private boolean senUnit;
    @Column(name = "resourced_provision")
    private boolean resourcedProvision;

    protected Placement() {
    }

    Placement(String settingUrn, SenSetting senSetting, LocalDate entryDate) {
        this.settingUrn = settingUrn;
        this.senSetting = senSetting;
        this.entryDate = entryDate;
    }

    /** The SEN2 details of the place (modules 4b and 5b). */
    void describeProvision(Integer placementRank, boolean senUnit, boolean resourcedProvision) {
        this.placementRank = placementRank;
        this.senUnit = senUnit;
        this.resourcedProvision = resourcedProvision;
    }

    void leave(LocalDate date) {
        this.leavingDate = date;
    }

    boolean isCurrent() {
        return leavingDate == null;
    }

    boolean sameSettingAs(String urn, SenSetting code) {
        return Objects.equals(settingUrn, urn) && senSetting == code;
    }

    /** How the setting reads on the timeline and the page: "URN 100000" or "EHE (Elective home education)". */
    public String describe() {
        return describe(settingUrn, senSetting);
    }

    public static String describe(String urn, SenSetting code) {
        if (urn != null) {
            return (urn.length() == 8 ? "UKPRN " : "URN ") + urn;
        }
        return code == null ? "no setting" : code.name() + " (" + code.words() + ")";
    }

    public String getSettingUrn() {
        return settingUrn;
    }

    public SenSetting getSenSetting() {
        return senSetting;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public LocalDate getLeavingDate() {
        return leavingDate;
    }

    public Integer getPlacementRank() {
        return placementRank;
    }

    public boolean isSenUnit() {
        return senUnit;
    }

    public boolean isResourcedProvision() {
        return resourcedProvision;
    }
}
