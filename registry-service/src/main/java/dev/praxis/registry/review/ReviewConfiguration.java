package dev.praxis.registry.review;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewConfiguration {
}
