package org.sendclock.reassessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sendclock.clock.AdviceFacts;
import org.sendclock.clock.ReassessmentFacts;
import org.sendclock.plan.Plan;

/**
 * One re-assessment of a child's plan (regs 27-28, ADR 27), a row of its own on the case: who asked and when, the
 * council's decision whether to reassess and the day it was notified, and the outcome (the amended plan issued, or
 * notice that the plan will not be amended) with its day. The clock register derives every due date from these facts.
 * The getters are what the SEN2 return reads of a re-assessment request.
 */
@Entity
@Table(name = "reassessment")
public class Reassessment {

    /** Who asked for the re-assessment (reg 27(1)): the family, the school or college, or the council itself. */
    public enum RequestedBy { PARENT, YOUNG_PERSON, SCHOOL, COUNCIL }

    public enum Decision { REASSESS, NOT_REASSESS }

    /** What the re-assessment ended in: the plan amended, or notice that it will not be. */
    public enum Outcome { AMENDED, NOT_AMENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reassessment_seq")
    @SequenceGenerator(name = "reassessment_seq", sequenceName = "reassessment_seq", allocationSize = 50)
    private Long id;
    private Long planId;
    private Long caseId;
    private int number;
    private LocalDate requestDate;
    @Enumerated(EnumType.STRING)
    private RequestedBy requestedBy;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private LocalDate decisionDate;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private LocalDate outcomeDate;
    /** The council refused the request under the six-month rule (reg 24(2)); only with a decision not to reassess. */
    private boolean refusedUnderSixMonthRule;
    private Instant createdAt;
    @Version
    private long version;

    protected Reassessment() {
    }

    Reassessment(Plan plan, int number, LocalDate requestDate, RequestedBy requestedBy, Instant createdAt) {
        this.planId = plan.getId();
        this.caseId = plan.getCaseId();
        this.number = number;
        this.requestDate = requestDate;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
    }

    /** What its clocks follow; {@code planCeased} the day the plan ceased, if it has. */
    public ReassessmentFacts facts(List<AdviceFacts> advice, LocalDate planCeased) {
        return new ReassessmentFacts(id, requestDate, decision == null ? null : decision == Decision.REASSESS,
                decisionDate, outcomeDate, planCeased, advice);
    }

    void decide(Decision decision, LocalDate notified, boolean underSixMonthRule) {
        this.decision = decision;
        this.decisionDate = notified;
        this.refusedUnderSixMonthRule = underSixMonthRule;
    }

    void conclude(Outcome outcome, LocalDate date) {
        this.outcome = outcome;
        this.outcomeDate = date;
    }

    /** Still to be decided, or decided to reassess and its outcome not yet issued. */
    public boolean isOpen() {
        return decision == null || (decision == Decision.REASSESS && outcome == null);
    }

    public boolean isReassessing() {
        return decision == Decision.REASSESS;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getCaseId() {
        return caseId;
    }

    /** 1 for the plan's first re-assessment, then 2, 3, ... */
    public int getNumber() {
        return number;
    }

    /** The day the request was received (or the council decided to reassess of its own accord). */
    public LocalDate getRequestDate() {
        return requestDate;
    }

    public RequestedBy getRequestedBy() {
        return requestedBy;
    }

    /** Whether the council decided to reassess; null until its decision is notified. */
    public Decision getDecision() {
        return decision;
    }

    /** The day the decision whether to reassess was notified. */
    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    /** Whether the decision not to reassess relied on the six-month rule (reg 24(2)). */
    public boolean isRefusedUnderSixMonthRule() {
        return refusedUnderSixMonthRule;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** The day the amended plan was issued, or notice given that it will not be amended. */
    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
