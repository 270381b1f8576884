package org.sendclock.casefile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that is wrong in itself, naming every field at fault (HTTP 400). Nothing is saved. */
public class InvalidRequest extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidRequest(Map<String, String> errors) {
        super("Invalid " + String.join(", ", errors.keySet()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Collects field errors so a command reports all of them at once, not the first only. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector reject(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public Collector rejectIf(boolean condition, String field, String message) {
            return condition ? reject(field, message) : this;
        }

        /** Dates may be in the past (a paper request typed in later), never in the future. */
        public Collector notInFuture(String field, LocalDate date, LocalDate today) {
            return rejectIf(date != null && date.isAfter(today), field, "must not be in the future");
        }

        /**
         * A step may not be dated before the step it follows: "must not be before the request date, 15 January 2026".
         * Nothing to check while either date is unknown.
         */
        public Collector notBefore(String field, LocalDate date, LocalDate earliest, String earliestIs) {
            return rejectIf(date != null && earliest != null && date.isBefore(earliest), field,
                    "must not be before " + earliestIs + ", " + DateText.of(earliest));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidRequest(errors);
            }
        }
    }
}
