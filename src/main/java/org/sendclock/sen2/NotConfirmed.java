package org.sendclock.sen2;

import java.util.List;

/**
 * What the return writes that the product could not confirm against the DfE's published 2025 guide and technical
 * specification, shown with every return (page, validation report) so that nobody takes it for confirmed. The
 * structure and item names were checked against what was found: the guide's item descriptions as quoted in
 * DOMAIN.md section 9, the DfE's COLLECT "Blade" export column names, and a published reader of real SEN2 XML files
 * (its element names and nesting). What none of those settles is listed here. See ADR 28.
 */
public final class NotConfirmed {

    /** One point not confirmed: the item or rule, and what is assumed. */
    public record Point(String about, String assumed) {
    }

    public static final List<Point> POINTS = List.of(
            new Point("Root element, header and namespace",
                    "The file is <Message> with no namespace; Header holds CollectionDetails (Collection SEN2, Year,"
                            + " ReferenceDate) and Source (SourceLevel L, LEA, SoftwareCode, Release, SerialNo 1,"
                            + " DateTime). Element names were seen in a reader of real files; the root name, the"
                            + " values of Collection, SourceLevel and SerialNo, and any namespace were not."),
            new Point("ReferenceDate",
                    "The third Thursday of January of the collection year (as in 2023 to 2025); not read from the"
                            + " 2025 guide."),
            new Point("Empty items",
                    "An item with no value is left out of the XML, not written empty."),
            new Point("RequestOutcome codes",
                    "A decided to assess, N decided not to assess, W withdrawn or ended before a decision, P decision"
                            + " not yet made. The guide's single-letter list was not read."),
            new Point("RequestSource codes",
                    "1 parent or young person, 2 school or other setting, 5 other (the record does not tell health"
                            + " (3) or social care (4) apart from other); from a reader of the 2026 guide."),
            new Point("Exported",
                    "Written 1 when the case closed because the child moved out of the council before the"
                            + " assessment ended, else 0."),
            new Point("A plan brought in without its request",
                    "Written as a request with no ReceivedDate and outcome A, its assessment H (or Y, without"
                            + " Week20, when it started in the year); rules SC201 and SC204 do not ask for the dates"
                            + " of a historical assessment."),
            new Point("A request decided in an earlier year",
                    "Its own dates are still written in module 2; only module 3 says H and leaves its date out."),
            new Point("Sex codes", "M and F."),
            new Point("UPNunknown codes", "UN1 to UN5, the common basic data set's codes as the record takes them (ADR 26)."),
            new Point("PlanRes and RES",
                    "Not written: the record holds whether a plan is residential, not the DfE's weeks code (38 to"
                            + " 51 weeks or 52 weeks). A residential plan is reported without it."),
            new Point("PlanWBP and WBP",
                    "Written as the COLLECT export names them (PlanWBP, WBP); a published reader spells them PlanWPB"
                            + " and WPB."),
            new Point("TransferLA",
                    "Not written: the guide wants the code of the council the plan came from; the record holds the"
                            + " transfer date only."),
            new Point("SENSettingOther and attendance pattern",
                    "Not written: the record does not hold them."),
            new Point("Plan detail (4b)",
                    "The settings current on the plan's start date (else its first setting); a single setting is"
                            + " written as rank 1."),
            new Point("Annual review (5a)",
                    "The last review meeting held in the year; ReviewOutcome A amend, C cease, M maintain and"
                            + " LastReview (the decision date) once the decision was made by 31 December."),
            new Point("Validation rule numbers",
                    "The DfE's rule list was not found: rules carry SEND Clock's own ids (SC…) and texts written"
                            + " from the item descriptions."),
            new Point("UPN check letter",
                    "Weights 2 to 13 on characters 2 to 13, remainder on division by 23 through the alphabet without"
                            + " I, O and S; ULN checked as 10 digits only (no check digit)."),
            new Point("One person for several cases",
                    "Cases are one child when they share a UPN, else the same name and date of birth; the person's"
                            + " details come from their latest case."));

    private NotConfirmed() {
    }
}
