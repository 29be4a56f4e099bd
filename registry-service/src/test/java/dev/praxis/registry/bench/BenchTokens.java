package dev.praxis.registry.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Stands in for Keycloak: publishes one RSA key where the registry looks for the realm's keys and
 * signs tokens shaped like the realm's (issuer, audience {@code praxis-api}, {@code preferred_username},
 * realm roles in {@code realm_access.roles}). The registry verifies them exactly as it verifies
 * Keycloak's, signature included, without a Keycloak start of half a minute or more.
 */
final class BenchTokens implements AutoCloseable {

    private static final String CERTS = "/realms/praxis/protocol/openid-connect/certs";
    private static final Duration LIFETIME = Duration.ofHours(3);

    final String issuer;
    private final RSAKey key;
    private final HttpServer server;

    private BenchTokens(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/praxis";
    }

    static BenchTokens start() throws IOException, JOSEException {
        var key = new RSAKeyGenerator(2048).keyID("bench").generate();
        byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(CERTS, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (var body = exchange.getResponseBody()) {
                body.write(keys);
            }
        });
        server.start();
        return new BenchTokens(key, server);
    }

    /** A bearer token of {@code username} with one realm role, valid for the whole run. */
    String token(String username, String role) throws JOSEException {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience("praxis-api")
                .subject(username)
                .claim("preferred_username", username)
                .claim("name", "Бенчмарк " + username)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
