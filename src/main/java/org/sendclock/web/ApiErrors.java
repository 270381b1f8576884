package org.sendclock.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendclock.casefile.CaseChangedMeanwhile;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.importer.ImportRefused;
import org.sendclock.importer.UploadTooLarge;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the API as RFC 9457 problem details. A 400 names each field at fault in {@code errors}, so a form
 * can show them all at once; a 409 says why the step is not possible now.
 */
@RestControllerAdvice(annotations = RestController.class) // pages answer with pages, not problem details
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's own problem-details handler, which knows no field names
public class ApiErrors {

    public record FieldError(String field, String message) {
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return badRequest(e.errors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), TextInput.messageOf(f)));
        return badRequest(errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = fieldPath(mismatch.getPath());
            return badRequest(Map.of(field, expected(mismatch)));
        }
        return badRequest(Map.of("body", "must be a JSON object"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String message = type != null && type.isEnum() ? "must be one of " + constants(type) : TextInput.messageOf(e);
        return badRequest(Map.of(e.getName(), message));
    }

    /**
     * An import refused whole: the errors in both files, by file, row and column, up to the limit; {@code moreErrors}
     * counts the rest. Nothing was written.
     */
    @ExceptionHandler(ImportRefused.class)
    ProblemDetail importRefused(ImportRefused e) {
        String found = String.format("%,d %s found", e.errorCount(), e.errorCount() == 1 ? "error" : "errors");
        if (e.moreErrors() > 0) {
            found = String.format("%,d errors listed and %,d more", e.errors().size(), e.moreErrors());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                found + "; nothing was imported. Correct the rows listed and import the files again.");
        problem.setTitle("The files were refused");
        problem.setProperty("imported", 0);
        problem.setProperty("updated", 0);
        problem.setProperty("errors", e.errors());
        problem.setProperty("moreErrors", e.moreErrors());
        return problem;
    }

    /** An upload over its limit ({@link UploadLimit} refuses those that say their length before reading them). */
    @ExceptionHandler(UploadTooLarge.class)
    ProblemDetail uploadTooLarge(UploadTooLarge e) {
        return uploadTooLarge(e, null);
    }

    static ProblemDetail uploadTooLarge(UploadTooLarge e, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setTitle("The upload is too large");
        problem.setProperty("limit", UploadTooLarge.shown(e.limit()));
        problem.setProperty("limitBytes", e.limit().toBytes());
        if (path != null) {
            problem.setInstance(java.net.URI.create(path));
        }
        return problem;
    }

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail notFound(CaseNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(StepNotPossible.class)
    ProblemDetail conflict(StepNotPossible e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, capitalise(e.getMessage()));
        problem.setTitle("This step is not possible now");
        return problem;
    }

    /**
     * A step that collided with a clock firing or a colleague's step: rolled back whole, so it may simply be repeated
     * (the engine's {@code ConcurrentChanges} turns optimistic-locking failures into {@link CaseChangedMeanwhile}).
     */
    @ExceptionHandler(CaseChangedMeanwhile.class)
    ProblemDetail concurrentChange(CaseChangedMeanwhile e) {
        return caseChangedMeanwhile();
    }

    /** The same, for a save outside a transactional service (none today). */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException e) {
        return caseChangedMeanwhile();
    }

    private static ProblemDetail caseChangedMeanwhile() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                capitalise(CaseChangedMeanwhile.REASON) + ".");
        problem.setTitle("The case changed meanwhile");
        return problem;
    }

    private static ProblemDetail badRequest(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")));
        problem.setTitle("The request has errors");
        problem.setProperty("errors", errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList());
        return problem;
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(MismatchedInputException e) {
        if (e instanceof TextInput.RefusedCharacterInJson refused) {
            return refused.getOriginalMessage();
        }
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "is not valid";
        }
        if (target.isEnum()) {
            return "must be one of " + constants(target);
        }
        if (target == java.time.LocalDate.class) {
            return e instanceof InvalidFormatException f
                    ? "must be a real date written YYYY-MM-DD, not \"" + f.getValue() + "\""
                    : "must be a date written YYYY-MM-DD";
        }
        return "is not valid";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
