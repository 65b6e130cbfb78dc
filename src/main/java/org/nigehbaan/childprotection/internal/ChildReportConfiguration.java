package org.nigehbaan.childprotection.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChildReportProperties.class)
class ChildReportConfiguration {

    @Bean
    GradingPolicy childReportGradingPolicy(ChildReportProperties properties) {
        return new GradingPolicy(properties);
    }

    @Bean
    ReportParser childReportParser(Clock clock) {
        return new ReportParser(clock);
    }
}
