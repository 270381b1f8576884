package org.sendclock.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import org.sendclock.casefile.Text;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every piece of text that comes in over HTTP, checked in one place before any controller sees it: JSON bodies (each
 * string the API's commands read), form fields, query parameters and path segments. Text holding a control character
 * or a lone surrogate ({@link Text#refusedCharacter}) is refused, naming the field and the character's code and
 * position, never echoing the text: the API with its 400 problem details ({@link ApiErrors}), a page with a 400 page.
 * Before this, a NUL in a child's name reached PostgreSQL, which refused it with a 500 and the whole row in the log.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after ApiErrors, which answers the API; before Spring Boot's problem details
class TextInput {

    /** Form fields, query parameters and path variables bound to {@code String}. */
    @InitBinder
    void refuseUnprintableText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String problem = Text.refusedCharacter(text);
                if (problem != null) {
                    throw new RefusedCharacter(problem);
                }
                setValue(text);
            }
        });
    }

    /** Every JSON string read into a {@code String}, with its path ({@code child.familyName}) for the answer. */
    @Bean
    static Module refuseUnprintableJson() {
        return new SimpleModule("refuse-unprintable-text").addDeserializer(String.class, new CheckedStrings());
    }

    /**
     * A page's form or link with such text (or any other value that cannot be bound): a 400 page saying which field
     * and why. The API's own refusals are answered first, as problem details, by {@link ApiErrors}.
     */
    @ExceptionHandler({MethodArgumentNotValidException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView refusedOnAPage(Exception e) {
        String problem = e instanceof MethodArgumentNotValidException bind
                ? bind.getFieldErrors().stream().map(f -> f.getField() + " " + messageOf(f)).findFirst().orElse(null)
                : e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() + " " + messageOf(mismatch)
                : null;
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("problem", problem);
        return page;
    }

    /** The words for a binding error: the refused character, or "is not valid" for any other value that did not fit. */
    static String messageOf(FieldError error) {
        TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
                ? error.unwrap(TypeMismatchException.class) : null;
        return mismatch != null ? messageOf(mismatch) : error.getDefaultMessage();
    }

    static String messageOf(TypeMismatchException e) {
        return e.getCause() instanceof RefusedCharacter refused ? refused.getMessage() : "is not valid";
    }

    /** Text refused by {@link Text#refusedCharacter}; its message names the character, never the text. */
    static final class RefusedCharacter extends IllegalArgumentException {
        RefusedCharacter(String message) {
            super(message);
        }
    }

    /** The same refusal inside a JSON body, where Jackson adds the field's path. */
    static final class RefusedCharacterInJson extends MismatchedInputException {
        RefusedCharacterInJson(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }

    private static final class CheckedStrings extends StdScalarDeserializer<String> {
        CheckedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = Text.refusedCharacter(text);
            if (problem != null) {
                throw new RefusedCharacterInJson(parser, problem);
            }
            return text;
        }
    }
}
