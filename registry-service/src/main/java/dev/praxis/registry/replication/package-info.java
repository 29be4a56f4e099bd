/**
 * Replication requests: an official of another region asks to replicate a published practice,
 * and the practice's author becomes the mentor.
 */
package dev.praxis.registry.replication;
