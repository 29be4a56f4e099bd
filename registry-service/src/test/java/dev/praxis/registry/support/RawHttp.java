package dev.praxis.registry.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: unlike an HTTP client it sends request
 * targets and header values a client library would refuse or normalise ({@code //}, a backslash,
 * control characters), so a test sees what Tomcat and the security firewall make of them.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** Sends {@code method target} with the given header lines (each {@code "Name: value"}) and body. */
    public Response send(String method, String target, String body, String... headers) throws IOException {
        var request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Connection: close\r\n");
        for (var header : headers) {
            request.append(header).append("\r\n");
        }
        var content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            var answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return Response.parse(answer.toByteArray());
        }
    }

    public Response get(String target, String... headers) throws IOException {
        return send("GET", target, null, headers);
    }

    public record Response(int status, Map<String, String> headers, String body) {

        static Response parse(byte[] raw) {
            var text = new String(raw, StandardCharsets.ISO_8859_1);
            var end = text.indexOf("\r\n\r\n");
            var head = (end < 0 ? text : text.substring(0, end)).split("\r\n");
            var headers = new LinkedHashMap<String, String>();
            for (int i = 1; i < head.length; i++) {
                var colon = head[i].indexOf(':');
                if (colon > 0) {
                    headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
                }
            }
            var body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            var status = head[0].isEmpty() ? 0 : Integer.parseInt(head[0].split(" ")[1]);
            return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] chunked) {
            var body = new ByteArrayOutputStream();
            var at = 0;
            while (at < chunked.length) {
                var line = at;
                while (line + 1 < chunked.length && !(chunked[line] == '\r' && chunked[line + 1] == '\n')) {
                    line++;
                }
                var size = Integer.parseInt(new String(chunked, at, line - at, StandardCharsets.ISO_8859_1).trim(), 16);
                if (size == 0) {
                    break;
                }
                body.write(chunked, line + 2, size);
                at = line + 2 + size + 2;
            }
            return body.toByteArray();
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }
}
