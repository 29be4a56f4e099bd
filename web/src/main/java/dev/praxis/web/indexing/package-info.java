/** The admin's view of the search index: the latest rebuild, its progress, and starting a new one. */
package dev.praxis.web.indexing;
