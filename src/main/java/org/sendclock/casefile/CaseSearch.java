package org.sendclock.casefile;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * Finding cases as a caseworker asks: by case reference, the child's name (any part of either name, or both) or UPN,
 * and by status and stage. Case references and UPNs match whole; names match in part, whatever the case of letters.
 */
public final class CaseSearch {

    private CaseSearch() {
    }

    public static Specification<AssessmentCase> matching(String text, CaseStatus status, Stage stage) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String words = text.strip().toLowerCase(Locale.UK);
                String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                var child = root.get("child");
                var given = cb.lower(cb.coalesce(child.get("givenName"), ""));
                var family = cb.lower(cb.coalesce(child.get("familyName"), ""));
                all.add(cb.or(
                        cb.equal(cb.lower(root.get("caseRef")), words),
                        cb.equal(cb.lower(cb.coalesce(child.get("upn"), "")), words),
                        cb.like(given, like, '\\'),
                        cb.like(family, like, '\\'),
                        cb.like(cb.concat(cb.concat(given, " "), family), like, '\\')));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (stage != null) {
                all.add(cb.equal(root.get("stage"), stage));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** The API's list: each filter that is given matches whole. */
    public static Specification<AssessmentCase> filtered(CaseStatus status, Stage stage, String caseworker,
                                                         String team) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (stage != null) {
                all.add(cb.equal(root.get("stage"), stage));
            }
            if (caseworker != null) {
                all.add(cb.equal(root.get("caseworker"), caseworker));
            }
            if (team != null) {
                all.add(cb.equal(root.get("team"), team));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
