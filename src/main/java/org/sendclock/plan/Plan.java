package org.sendclock.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/**
 * A child's EHC plan, a record of its own on the child's case (one plan to a case, ADR 20): when it started, the
 * settings it named in turn, the needs it addresses in rank order, the SEN2 flags, a transfer in from another council
 * and its ceasing. The review cycle adds its reviews.
 */
@Entity
@Table(name = "ehc_plan")
public class Plan {

    /** How the plan came to be recorded here. */
    public enum Source { ASSESSMENT, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ehc_plan_seq")
    @SequenceGenerator(name = "ehc_plan_seq", sequenceName = "ehc_plan_seq", allocationSize = 50)
    private Long id;
    private Long caseId;
    private LocalDate startDate;
    @Enumerated(EnumType.STRING)
    private Source source;
    private boolean personalBudget;
    private boolean residential;
    private boolean workBasedLearning;
    private boolean organisedArrangements;
    private boolean directPayments;
    private LocalDate transferredInDate;
    private LocalDate lastReviewDate;
    private LocalDate transferNoticeDate;
    /** Reg 18(1)(b): the day the young person is to move to another post-16 institution, if planned. */
    @jakarta.persistence.Column(name = "post16_move_date")
    private LocalDate post16MoveDate;
    private Boolean transferReassess;
    private LocalDate ceasedDate;
    @Column(name = "cease_reason")
    private Integer ceaseReasonCode;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "plan_placement", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "placement_order")
    @ListIndexBase(1)
    private List<Placement> placements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_need", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "need_rank")
    @ListIndexBase(1)
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    private List<SenNeed> needs = new ArrayList<>();

    protected Plan() {
    }

    Plan(Long caseId, LocalDate startDate, Source source, Instant createdAt) {
        this.caseId = caseId;
        this.startDate = startDate;
        this.source = source;
        this.createdAt = createdAt;
    }

    void restate(PlanDetails details) {
        this.startDate = details.startDate();
        this.needs.clear();
        this.needs.addAll(details.needs());
        this.personalBudget = details.personalBudget();
        this.residential = details.residential();
        this.workBasedLearning = details.workBasedLearning();
        this.transferredInDate = details.transferredInDate();
        this.lastReviewDate = details.transferredInDate() == null ? null : details.lastReviewDate();
        if (details.transferredInDate() == null) {
            this.transferNoticeDate = null;
            this.transferReassess = null;
        }
    }

    /** The family was told on {@code date} whether the council will reassess the transferred plan (reg 15). */
    void recordTransferNotice(LocalDate date, boolean reassess) {
        this.transferNoticeDate = date;
        this.transferReassess = reassess;
    }

    /** A move to another post-16 institution planned for {@code date} (null: none planned now). */
    void planPost16Move(LocalDate date) {
        this.post16MoveDate = date;
    }

    public LocalDate getPost16MoveDate() {
        return post16MoveDate;
    }

    /** The day of the plan's last review by the council it was transferred from, if known. */
    public LocalDate getLastReviewDate() {
        return lastReviewDate;
    }

    public LocalDate getTransferNoticeDate() {
        return transferNoticeDate;
    }

    public Boolean getTransferReassess() {
        return transferReassess;
    }

    /**
     * The child moves to another setting on {@code entryDate}: the setting now is left that day. Naming the setting
     * the child is already at changes nothing.
     *
     * @return true when the setting changed
     */
    boolean moveTo(String settingUrn, SenSetting senSetting, LocalDate entryDate) {
        Placement now = currentPlacement();
        if (now != null && now.sameSettingAs(settingUrn, senSetting)) {
            return false;
        }
        if (settingUrn == null && senSetting == null) {
            if (now == null) {
                return false;
            }
            now.leave(entryDate);
            return true;
        }
        if (now != null) {
            now.leave(entryDate);
        }
        placements.add(new Placement(settingUrn, senSetting, entryDate));
        return true;
    }

    /** The settings as another system recorded them, in order, in place of those held (an import). */
    void replacePlacements(List<Placement> settings) {
        placements.clear();
        placements.addAll(settings);
    }

    /** How a personal budget is taken up (SEN2 module 4a): through organised arrangements, direct payments, or both. */
    void recordPersonalBudget(boolean personalBudget, boolean organisedArrangements, boolean directPayments) {
        this.personalBudget = personalBudget;
        this.organisedArrangements = personalBudget && organisedArrangements;
        this.directPayments = personalBudget && directPayments;
    }

    void cease(LocalDate date, CeaseReason reason) {
        this.ceasedDate = date;
        this.ceaseReasonCode = reason == null ? null : reason.code();
    }

    public Placement currentPlacement() {
        return placements.stream().filter(Placement::isCurrent).reduce((first, second) -> second).orElse(null);
    }

    public boolean isCeased() {
        return ceasedDate != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Source getSource() {
        return source;
    }

    public boolean isPersonalBudget() {
        return personalBudget;
    }

    public boolean isOrganisedArrangements() {
        return organisedArrangements;
    }

    public boolean isDirectPayments() {
        return directPayments;
    }

    public boolean isResidential() {
        return residential;
    }

    public boolean isWorkBasedLearning() {
        return workBasedLearning;
    }

    public LocalDate getTransferredInDate() {
        return transferredInDate;
    }

    public LocalDate getCeasedDate() {
        return ceasedDate;
    }

    public CeaseReason getCeaseReason() {
        return CeaseReason.of(ceaseReasonCode).orElse(null);
    }

    public List<Placement> getPlacements() {
        return List.copyOf(placements);
    }

    public List<SenNeed> getNeeds() {
        return List.copyOf(needs);
    }
}
