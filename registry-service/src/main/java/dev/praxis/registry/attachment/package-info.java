/**
 * Attachments of a practice: regulations, templates and photos. The type is detected from the
 * content, names are made safe, the bytes stream into an {@link dev.praxis.registry.attachment.AttachmentStore}
 * (a local directory or an S3-compatible bucket) and their metadata into PostgreSQL. Who may read
 * them follows the practice's visibility; only the author changes them, and only while the practice
 * is editable.
 */
package dev.praxis.registry.attachment;
