package org.sendclock.support;

import java.util.List;
import java.util.function.Supplier;
import org.sendclock.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A service called as a signed-in person with a role, for tests that call the services directly. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, Role role, Supplier<T> step) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            return step.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
