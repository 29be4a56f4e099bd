/**
 * Security at the edge: JWT validation, roles per endpoint and the acting user.
 */
package dev.praxis.registry.security;
