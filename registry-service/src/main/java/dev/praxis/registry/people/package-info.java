/**
 * The people the platform has seen: username, display name, e-mail, language and roles, kept from
 * the access tokens of their requests, and each person's notification preferences (e-mail on or off,
 * a language of their own). Other features ask {@link dev.praxis.registry.people.People} who someone is
 * or who holds a role; the directory never decides who may do what (the token does).
 */
package dev.praxis.registry.people;
