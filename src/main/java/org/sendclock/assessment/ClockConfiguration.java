package org.sendclock.assessment;

import java.time.Clock;
import org.sendclock.clock.ClockSettings;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.engine.EngineClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ClockSettings.class)
class ClockConfiguration {

    @Bean
    StatutoryCalendar statutoryCalendar(ClockSettings settings) {
        return new StatutoryCalendar(settings.dayCounting());
    }

    @Bean
    Clock clock(ClockSettings settings) {
        return new EngineClock(settings.zone());
    }
}
