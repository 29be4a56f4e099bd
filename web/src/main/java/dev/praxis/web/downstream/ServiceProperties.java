package dev.praxis.web.downstream;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the services and the realm live; each has a local default in application.yml. */
@ConfigurationProperties("praxis")
public record ServiceProperties(URI issuerUri, URI registryUrl, URI searchUrl) {
}
