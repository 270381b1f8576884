package org.sendclock.sen2;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The return's header (application.yml, {@code sendclock.sen2}): {@code la-code}, the council's three-digit DfE LA
 * number (the return is still built without it, and its validation says so); {@code software-code} and
 * {@code release}, which name the product that made the file.
 */
@ConfigurationProperties("sendclock.sen2")
public record Sen2Settings(String laCode, String softwareCode, String release) {

    public Sen2Settings {
        laCode = laCode == null || laCode.isBlank() ? null : laCode.trim();
        softwareCode = softwareCode == null || softwareCode.isBlank() ? "SEND Clock" : softwareCode.trim();
        release = release == null || release.isBlank() ? "1" : release.trim();
    }
}
