package org.sendclock.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine's clock (and with it the application's) to a local time in London. Tests never sleep. */
public final class EngineTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private EngineTime() {
    }

    public static void setTo(LocalDate date, LocalTime time) {
        setTo(LocalDateTime.of(date, time));
    }

    public static void setTo(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(Date.from(localTime.atZone(LONDON).toInstant()));
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
