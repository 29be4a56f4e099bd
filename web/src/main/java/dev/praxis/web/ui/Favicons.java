package dev.praxis.web.ui;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The site's icon: the SVG the pages link to and a {@code /favicon.ico} for browsers that ask for
 * it on their own. Both may be kept for a week; the stylesheet and scripts are not (their
 * addresses carry no version, so a release would reach browsers late).
 */
@Configuration(proxyBeanMethods = false)
class Favicons implements WebMvcConfigurer {

    static final Duration KEPT_FOR = Duration.ofDays(7);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/favicon.svg", "/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(KEPT_FOR).cachePublic());
    }
}
