package org.sendclock.oversight;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The oversight settings, and the scheduler that sends the weekly digest. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OversightSettings.class)
class OversightConfiguration {
}
