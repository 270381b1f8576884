package org.sendclock.kpi;

import jakarta.persistence.Column;
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

/**
 * A published rate to set ours against: England's (seeded from the DfE's figures) or a region's, for one calendar
 * year. Reference data the performance team keeps up to date as the DfE publishes.
 */
@Entity
@Table(name = "kpi_comparator")
public class ComparatorRate {

    public static final String ENGLAND = "England";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_comparator_seq")
    @SequenceGenerator(name = "kpi_comparator_seq", sequenceName = "kpi_comparator_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Measure measure;
    private String area;
    @Column(name = "calendar_year")
    private int year;
    private BigDecimal ratePercent;
    private String source;
    private String updatedBy;
    private Instant updatedAt;

    protected ComparatorRate() {
    }

    public ComparatorRate(Measure measure, String area, int year) {
        this.measure = measure;
        this.area = area;
        this.year = year;
    }

    public void set(BigDecimal ratePercent, String source, String updatedBy, Instant updatedAt) {
        this.ratePercent = ratePercent;
        this.source = source;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public Measure getMeasure() {
        return measure;
    }

    public String getArea() {
        return area;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public String getSource() {
        return source;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
