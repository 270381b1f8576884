package org.sendclock.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * The identity provider signed someone in, but SEND Clock will not: none of their groups gives them a role, or the
 * provider names them in a way SEND Clock cannot use. The description is what the sign-in page tells them.
 */
public class SignInRefused extends OAuth2AuthenticationException {

    SignInRefused(String description) {
        super(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, description, null), description);
    }
}
