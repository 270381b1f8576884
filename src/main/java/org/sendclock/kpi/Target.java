package org.sendclock.kpi;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A target for one measure from one month on, until the measure's next target: one step of a trajectory ("25% from
 * July"). With {@code orNationalAverage} it reads "X% or the national average, whichever is higher".
 */
@Entity
@Table(name = "kpi_target")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_target_seq")
    @SequenceGenerator(name = "kpi_target_seq", sequenceName = "kpi_target_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Measure measure;
    /** The first day of the month the target applies from: a month is stored as a date so it sorts and compares. */
    private LocalDate appliesFrom;
    private BigDecimal targetPercent;
    private boolean orNationalAverage;
    /** A rate this many points or fewer below the target is amber; further below, red. */
    private BigDecimal amberMargin;
    private String note;
    private String updatedBy;
    private Instant updatedAt;

    protected Target() {
    }

    public Target(Measure measure, YearMonth appliesFrom) {
        this.measure = measure;
        this.appliesFrom = appliesFrom.atDay(1);
    }

    public void set(BigDecimal targetPercent, boolean orNationalAverage, BigDecimal amberMargin, String note,
                    String updatedBy, Instant updatedAt) {
        this.targetPercent = targetPercent;
        this.orNationalAverage = orNationalAverage;
        this.amberMargin = amberMargin;
        this.note = note;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public Measure getMeasure() {
        return measure;
    }

    public YearMonth getAppliesFrom() {
        return YearMonth.from(appliesFrom);
    }

    public BigDecimal getTargetPercent() {
        return targetPercent;
    }

    public boolean isOrNationalAverage() {
        return orNationalAverage;
    }

    public BigDecimal getAmberMargin() {
        return amberMargin;
    }

    public String getNote() {
        return note;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
