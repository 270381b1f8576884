package org.sendclock.security;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every check of a user name and password, from the login form and from HTTP Basic on the API alike: refused
 * unchecked while the account or address is throttled ({@link SignInThrottle}); a password proved in the last few
 * minutes is not checked again ({@link RecentPasswords}); otherwise Spring Security's usual check against the
 * accounts, counting each wrong password.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider accounts;
    private final SignInThrottle throttle;
    private final RecentPasswords recent;
    private final Clock clock;

    PasswordSignIn(UserDetailsService users, PasswordEncoder encoder, SignInSettings settings, Clock clock) {
        this.accounts = new DaoAuthenticationProvider(users);
        this.accounts.setPasswordEncoder(encoder);
        this.throttle = new SignInThrottle(settings, clock);
        this.recent = new RecentPasswords(settings.rememberPasswords(), clock);
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        var until = throttle.refusedUntil(username, address);
        if (until != null) {
            throw new SignInThrottled(until);
        }
        UserDetails known = recent.lookUp(username, password);
        if (known != null) {
            throttle.succeeded(username);
            UsernamePasswordAuthenticationToken signedIn =
                    UsernamePasswordAuthenticationToken.authenticated(known, null, known.getAuthorities());
            signedIn.setDetails(attempt.getDetails());
            return signedIn;
        }
        try {
            Authentication signedIn = accounts.authenticate(attempt);
            throttle.succeeded(username);
            if (signedIn.getPrincipal() instanceof UserDetails user) {
                recent.remember(username, password, user);
            }
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    Clock clock() {
        return clock;
    }
}
