/**
 * Small types every feature shares: the acting user and the failure kinds the web edge translates.
 */
package dev.praxis.registry.common;
