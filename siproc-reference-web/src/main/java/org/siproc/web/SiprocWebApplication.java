package org.siproc.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The reference web application. Component scanning covers this application's own packages only; the SIPROC core
 * is built by hand in {@link SiprocConfiguration}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SiprocWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(SiprocWebApplication.class, args);
    }
}
