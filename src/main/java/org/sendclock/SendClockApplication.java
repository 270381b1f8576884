package org.sendclock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SendClockApplication {

    public static void main(String[] args) {
        SpringApplication.run(SendClockApplication.class, args);
    }
}
