/**
 * Files attached to a practice, through the web app: the author's upload form and list with delete
 * buttons on the edit page, the list with download links and thumbnails on the card. Uploads and
 * downloads stream between the browser and the registry; nothing holds a whole file in memory.
 */
package dev.praxis.web.attachment;
