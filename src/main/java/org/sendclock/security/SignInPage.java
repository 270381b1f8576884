package org.sendclock.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the password form and, with single sign-on, a link to the council's identity provider. It says
 * why the last attempt failed: a wrong password, too many of them lately (and for how long), or an identity provider
 * account that SEND Clock does not let in.
 */
@Controller
class SignInPage {

    private final SingleSignOn singleSignOn;

    SignInPage(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    /**
     * Back to this page after a failed sign-in, with why in the address (a wrong password is "?error", as Spring
     * Security has it) and the failure in the session for the page to say more.
     */
    static AuthenticationFailureHandler failures() {
        return (request, response, failure) -> {
            request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
            String why = failure instanceof SignInThrottled ? "throttled"
                    : failure instanceof SignInRefused ? "refused" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + why);
        };
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                  @RequestParam(required = false) String refused, @RequestParam(required = false) String logout,
                  HttpSession session, Model model) {
        Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (throttled != null) {
            long minutes = last instanceof SignInThrottled t ? t.minutesLeft(Clock.systemUTC().instant()) : 15;
            model.addAttribute("problem", "Too many failed sign-ins for this account or from this address. Try again "
                    + "in " + minutes + (minutes == 1 ? " minute." : " minutes."));
        } else if (refused != null) {
            model.addAttribute("problem", last instanceof SignInRefused r ? r.getError().getDescription()
                    : "Your council account cannot sign in to SEND Clock. Ask your SEND Clock administrator.");
        } else if (error != null) {
            model.addAttribute("problem", last instanceof AuthenticationException
                    && !(last instanceof SignInRefused) ? "The user name or password is not right."
                    : "Signing in did not work. Try again.");
        }
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("providers", singleSignOn.providers());
        return "sign-in";
    }
}
