/** HTTP concerns shared by every feature: security and RFC 9457 problem responses. */
package dev.praxis.search.web;
