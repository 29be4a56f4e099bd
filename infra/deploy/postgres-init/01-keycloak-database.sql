-- Keycloak keeps its own database next to the registry's.
CREATE DATABASE keycloak;
