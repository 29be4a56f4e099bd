package dev.praxis.web.attachment;

import java.io.InputStream;

/** A file on its way from the registry to the browser, with the headers the registry gave it. */
record Download(String contentDisposition, String contentType, long contentLength, InputStream content) {
}
