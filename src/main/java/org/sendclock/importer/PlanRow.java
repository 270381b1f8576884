package org.sendclock.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.Child;
import org.sendclock.plan.CeaseReason;
import org.sendclock.plan.ImportedPlan;
import org.sendclock.plan.Placement;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanChecks;
import org.sendclock.plan.SenNeed;
import org.sendclock.plan.SenSetting;

/**
 * One row of plans.csv: a maintained plan as the previous system holds it. {@code sen_need} holds one SEN type code,
 * or several separated by {@code ;} in rank order (the primary need first).
 */
record PlanRow(String caseRef, String childGivenName, String childFamilyName, LocalDate childDateOfBirth, String upn,
               LocalDate planStartDate, String settingUrn, SenSetting senSetting, List<SenNeed> senNeeds,
               LocalDate transferredInDate, LocalDate ceasedDate, CeaseReason ceaseReason, String team,
               String caseworker, PersonColumns.ReturnDetails returnDetails, Integer placementRank, Boolean senUnit,
               Boolean resourcedProvision, Boolean organisedArrangements, Boolean directPayments) {

    static final String FILE = "plans.csv";
    static final List<String> COLUMNS = List.of("case_ref", "child_given_name", "child_family_name",
            "child_date_of_birth", "upn", "plan_start_date", "setting_urn", "sen_setting", "sen_need",
            "transferred_in_date", "ceased_date", "cease_reason", "team", "caseworker", "child_sex",
            "child_ethnicity", "child_postcode", "child_uln", "upn_unknown_reason", "placement_rank", "sen_unit",
            "resourced_provision", "organised_arrangements", "direct_payments");
    static final Set<String> REQUIRED = Set.of("case_ref", "plan_start_date");
    /**
     * An empty cell in these leaves what the system holds: the file may not know the child, the setting, the place's
     * SEN2 details or how a personal budget is taken up.
     */
    private static final Set<String> KEPT_WHEN_EMPTY = Set.of("child_given_name", "child_family_name",
            "child_date_of_birth", "upn", "setting_urn", "sen_setting", "child_sex", "child_ethnicity",
            "child_postcode", "child_uln", "upn_unknown_reason", "placement_rank", "sen_unit", "resourced_provision",
            "organised_arrangements", "direct_payments");
    /** The place's SEN2 details, which describe the setting the row names (or the one held). */
    private static final Set<String> PLACE_COLUMNS = Set.of("placement_rank", "sen_unit", "resourced_provision");

    private static final int MAX_CASE_REF = 30;

    /** What the import knows of a case held before it: enough to check a row against. */
    record HeldCase(long id, boolean open, LocalDate childDateOfBirth) {
    }

    /**
     * Reads one row, checking it on its own and against the case it names ({@code held}, null for a new case); null
     * when it has any error (all of them recorded).
     */
    static PlanRow read(CsvRow row, LocalDate today, HeldCase held) {
        String caseRef = row.required("case_ref");
        row.rejectIf(caseRef != null && caseRef.length() > MAX_CASE_REF, "case_ref",
                "must be at most " + MAX_CASE_REF + " characters");
        LocalDate start = row.date("plan_start_date");
        if (start == null && row.text("plan_start_date") == null) {
            row.reject("plan_start_date", "is required");
        }
        Integer reasonCode = null;
        String reasonText = row.text("cease_reason");
        if (reasonText != null) {
            try {
                reasonCode = Integer.valueOf(reasonText);
            } catch (NumberFormatException e) {
                reasonCode = -1;
            }
            row.rejectIf(CeaseReason.of(reasonCode).isEmpty(), "cease_reason", CeaseReason.CODES_MESSAGE
                    + ", not \"" + reasonText + "\"");
        }
        PlanRow r = new PlanRow(caseRef, row.text("child_given_name"), row.text("child_family_name"),
                row.date("child_date_of_birth"), row.text("upn"), start, row.text("setting_urn"),
                row.code("sen_setting", SenSetting.class), needs(row), row.date("transferred_in_date"),
                row.date("ceased_date"), CeaseReason.of(reasonCode).orElse(null), row.text("team"),
                row.text("caseworker"), PersonColumns.ReturnDetails.read(row, row.text("upn")),
                row.number("placement_rank"), row.yesNo("sen_unit"), row.yesNo("resourced_provision"),
                row.yesNo("organised_arrangements"), row.yesNo("direct_payments"));
        r.check(row, today, held);
        return row.valid() ? r : null;
    }

    private static List<SenNeed> needs(CsvRow row) {
        String cell = row.text("sen_need");
        if (cell == null) {
            return List.of();
        }
        List<SenNeed> needs = new ArrayList<>();
        for (String code : cell.split(";")) {
            String trimmed = code.strip();
            try {
                needs.add(SenNeed.valueOf(trimmed));
            } catch (IllegalArgumentException e) {
                row.reject("sen_need", "must be SEN type codes separated by ; in rank order, each one of "
                        + Arrays.stream(SenNeed.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ", not \"" + trimmed + "\"");
                return List.of();
            }
        }
        String repeated = PlanChecks.repeatedNeed(needs);
        row.rejectIf(repeated != null, "sen_need", repeated);
        return needs;
    }

    private void check(CsvRow row, LocalDate today, HeldCase held) {
        for (String column : List.of("child_date_of_birth", "plan_start_date", "transferred_in_date", "ceased_date")) {
            row.rejectIf(PlanChecks.inFuture(dateIn(column), today) != null, column, "must not be in the future");
        }
        if (held == null) {
            for (String column : List.of("child_given_name", "child_family_name", "child_date_of_birth")) {
                row.rejectIf(row.text(column) == null, column, "is required for a case new to the system");
            }
        } else {
            row.rejectIf(held.open(), "case_ref", "case " + caseRef + " is still being assessed here: its plan is"
                    + " recorded when its final plan is issued");
        }
        LocalDate born = childDateOfBirth != null ? childDateOfBirth : held == null ? null : held.childDateOfBirth();
        row.rejectIf(planStartDate != null && born != null && planStartDate.isBefore(born), "plan_start_date",
                "must not be before the child's date of birth (" + born + ")");
        notBefore(row, "transferred_in_date", "plan_start_date");
        notBefore(row, "ceased_date", "plan_start_date");
        row.rejectIf(ceasedDate != null && ceaseReason == null && row.text("cease_reason") == null, "cease_reason",
                "is required when ceased_date is set: " + CeaseReason.CODES_MESSAGE.substring("must be ".length()));
        row.rejectIf(ceaseReason != null && ceasedDate == null && row.text("ceased_date") == null, "ceased_date",
                "is required when cease_reason is set");
        String urnProblem = PlanChecks.settingUrn(settingUrn);
        row.rejectIf(urnProblem != null, "setting_urn", urnProblem);
        String both = PlanChecks.bothSettings(settingUrn, senSetting);
        row.rejectIf(both != null, "sen_setting", both);
        PersonColumns.check(row, childGivenName, childFamilyName, team, caseworker, upn);
        String rankProblem = PlanChecks.placementRank(placementRank);
        row.rejectIf(rankProblem != null, "placement_rank", rankProblem);
        boolean placeGiven = placementRank != null || senUnit != null || resourcedProvision != null;
        row.rejectIf(placeGiven && !namesSetting() && held == null, "placement_rank",
                "describes the setting the plan names: give setting_urn or sen_setting too");
    }

    private void notBefore(CsvRow row, String column, String earlierColumn) {
        LocalDate date = dateIn(column);
        LocalDate earlier = dateIn(earlierColumn);
        row.rejectIf(date != null && earlier != null && date.isBefore(earlier), column,
                "must not be before " + earlierColumn + " (" + earlier + ")");
    }

    private LocalDate dateIn(String column) {
        return switch (column) {
            case "child_date_of_birth" -> childDateOfBirth;
            case "plan_start_date" -> planStartDate;
            case "transferred_in_date" -> transferredInDate;
            case "ceased_date" -> ceasedDate;
            default -> throw new IllegalArgumentException(column);
        };
    }

    boolean namesSetting() {
        return settingUrn != null || senSetting != null;
    }

    Child child(Child existing) {
        return returnDetails.over(named(existing), existing, upn);
    }

    /** The plan as the row gives it, for {@code PlanService.restate}. */
    ImportedPlan imported() {
        return new ImportedPlan(planStartDate, settingUrn, senSetting, senNeeds, transferredInDate, ceasedDate,
                ceaseReason, organisedArrangements, directPayments, placementRank, senUnit, resourcedProvision);
    }

    /** The child's names, date of birth and UPN from the row over those held. */
    private Child named(Child existing) {
        return new Child(
                childGivenName != null ? childGivenName : existing == null ? null : existing.getGivenName(),
                childFamilyName != null ? childFamilyName : existing == null ? null : existing.getFamilyName(),
                childDateOfBirth != null ? childDateOfBirth : existing == null ? null : existing.getDateOfBirth(),
                upn != null ? upn : existing == null ? null : existing.getUpn(),
                existing == null ? null : existing.getSetting());
    }

    /** A case and its plan as a row of plans.csv: what a re-import is compared with. */
    static PlanRow of(AssessmentCase c, Plan plan) {
        Child child = c.getChild();
        Placement now = plan.currentPlacement();
        return new PlanRow(c.getCaseRef(), child.getGivenName(), child.getFamilyName(), child.getDateOfBirth(),
                child.getUpn(), plan.getStartDate(), now == null ? null : now.getSettingUrn(),
                now == null ? null : now.getSenSetting(), plan.getNeeds(), plan.getTransferredInDate(),
                plan.getCeasedDate(), plan.getCeaseReason(), c.getTeam(), c.getCaseworker(),
                PersonColumns.ReturnDetails.of(child), now == null ? null : now.getPlacementRank(),
                now == null ? null : now.isSenUnit(), now == null ? null : now.isResourcedProvision(),
                plan.isOrganisedArrangements(), plan.isDirectPayments());
    }

    List<String> cells() {
        List<String> cells = new ArrayList<>(Arrays.asList(caseRef, childGivenName, childFamilyName,
                text(childDateOfBirth), upn, text(planStartDate), settingUrn, text(senSetting), senNeeds.isEmpty()
                        ? null : senNeeds.stream().map(Enum::name).collect(Collectors.joining(";")),
                text(transferredInDate), text(ceasedDate), ceaseReason == null ? null
                        : String.valueOf(ceaseReason.code()), team, caseworker));
        cells.addAll(returnDetails.cells());
        cells.addAll(Arrays.asList(text(placementRank), yesNo(senUnit), yesNo(resourcedProvision),
                yesNo(organisedArrangements), yesNo(directPayments)));
        return cells;
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "Y" : "N";
    }

    /**
     * What this row would change in the case and plan as the system holds them, column by column
     * ("sen_need SEMH → SEMH;ASD"); empty when nothing would. Empty child and setting cells change nothing.
     */
    List<String> changesFrom(PlanRow current) {
        List<String> mine = cells();
        List<String> theirs = current.cells();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            // A new setting named with no place details starts without them, as a move does.
            if (KEPT_WHEN_EMPTY.contains(column) && mine.get(i) == null
                    && (!column.startsWith("setting") && !column.startsWith("sen_setting")
                    && !PLACE_COLUMNS.contains(column) || !namesSetting())) {
                continue;
            }
            if (!Objects.equals(mine.get(i), theirs.get(i))) {
                changes.add(column + " " + shown(theirs.get(i)) + " → " + shown(mine.get(i)));
            }
        }
        return changes;
    }

    private static String shown(String cell) {
        return cell == null ? "(none)" : cell;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
