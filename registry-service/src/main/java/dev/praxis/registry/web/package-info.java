/**
 * The HTTP edge shared by all features: the page shape and the translation of errors to problem details.
 */
package dev.praxis.registry.web;
