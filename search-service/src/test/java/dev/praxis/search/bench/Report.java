package dev.praxis.search.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures as Markdown: echoed to the console as they come, written to a file at the end. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    void heading(String title) {
        append("\n## " + title + "\n");
    }

    void line(String format, Object... arguments) {
        append(String.format(Locale.ROOT, format, arguments));
    }

    void table(List<String> header, List<List<String>> rows) {
        var lines = new StringBuilder("\n| " + String.join(" | ", header) + " |\n|");
        header.forEach(column -> lines.append("---|"));
        for (List<String> row : rows) {
            lines.append("\n| ").append(String.join(" | ", row)).append(" |");
        }
        append(lines.append('\n').toString());
    }

    void writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private void append(String line) {
        text.append(line).append('\n');
        System.out.println(line);
        System.out.flush();
    }
}
