/**
 * Reference data: federal subjects of Russia and practice directions, maintained by migrations.
 */
package dev.praxis.registry.reference;
