package org.sendclock.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendclock.casefile.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * The API's checks (the commands' bean validation: lengths, required fields) for a command built from a page's form,
 * so a form is refused with its fields named instead of failing when the database writes a value too long for it.
 */
@Component
class CommandCheck {

    private final Validator validator;

    CommandCheck(Validator validator) {
        this.validator = validator;
    }

    /** Each field at fault with its message in words ("must be 200 characters or fewer"), first fault per field. */
    Map<String, String> problems(Object command) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<Object> v : validator.validate(command)) {
            String message = v.getConstraintDescriptor().getAnnotation() instanceof Size size
                    ? "must be " + size.max() + " characters or fewer"
                    : v.getMessage();
            problems.putIfAbsent(v.getPropertyPath().toString(), message);
        }
        return problems;
    }

    /** The command itself when it passes; otherwise the {@link InvalidRequest} the forms already show. */
    <T> T valid(T command) {
        Map<String, String> problems = problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return command;
    }
}
