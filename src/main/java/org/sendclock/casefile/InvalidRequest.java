package org.sendclock.casefile;

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

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidRequest(errors);
            }
        }
    }
}
