/**
 * HTTP vocabulary every feature's web package shares: the page shape and its limits. It depends on no
 * feature, so the features may use it while the shared {@code web} package, which translates every
 * feature's errors, sits on top of them all without a cycle.
 */
package dev.praxis.registry.common.web;
