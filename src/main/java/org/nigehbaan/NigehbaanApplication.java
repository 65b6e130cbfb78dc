package org.nigehbaan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Nigehbaan: control lists, traveller screening, the sex offender register and casework with the UK.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Nigehbaan")
public class NigehbaanApplication {

    public static void main(String[] args) {
        SpringApplication.run(NigehbaanApplication.class, args);
    }
}
