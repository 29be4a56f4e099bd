package dev.praxis.registry.notification;

import dev.praxis.registry.people.Language;
import dev.praxis.registry.people.Person;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a notification's mail, from {@code notifications/mail.properties} (Russian) and
 * {@code mail_en.properties}, in the recipient's language. A kind's subject and body are
 * {@code KIND[.variant].subject|body} (the variant is the {@code decision}, for example); named
 * placeholders ({@code {title}}, {@code {reason}}) are filled from the notification's values. A line
 * for the reason or a deadline is added only when there is one.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final NotificationProperties properties;

    MailTemplates(NotificationProperties properties) {
        this.properties = properties;
        messages.setBasename("notifications/mail");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    MailOutbox.Mail render(Person recipient, NotificationKind kind, NotificationParams params) {
        var language = recipient.language();
        var values = new HashMap<>(params.values());
        values.put("title", params.practiceTitle() == null ? "" : params.practiceTitle());
        values.put("name", recipient.displayName());
        values.put("link", properties.linkTo(params.link()));
        values.put("settings", properties.linkTo("/notifications/settings"));

        var key = kind.name();
        var variant = params.values().get(NotificationParams.DECISION);
        if (variant != null && has(key + "." + variant + ".subject", language)) {
            key = key + "." + variant;
        }
        var body = new StringBuilder()
                .append(text("greeting", language, values)).append("\n\n")
                .append(text(key + ".body", language, values)).append('\n');
        if (values.containsKey(NotificationParams.REASON)) {
            body.append('\n').append(text(reasonKey(key, language), language, values)).append('\n');
        }
        if (values.containsKey(NotificationParams.DUE)) {
            body.append('\n').append(text("due", language, values)).append('\n');
        }
        body.append('\n').append(text("open", language, values)).append("\n\n")
                .append("-- \n").append(text("footer", language, values)).append('\n');
        return new MailOutbox.Mail(recipient.email(), text(key + ".subject", language, values), body.toString());
    }

    /** A kind may name its reason its own way ("what to revise"); otherwise the common "reason" line. */
    private String reasonKey(String key, Language language) {
        return has(key + ".reason", language) ? key + ".reason" : "reason";
    }

    private boolean has(String key, Language language) {
        return messages.getMessage(key, null, null, language.locale()) != null;
    }

    private String text(String key, Language language, Map<String, String> values) {
        var template = messages.getMessage(key, null, language.locale());
        var filled = PLACEHOLDER.matcher(template).replaceAll(match ->
                Matcher.quoteReplacement(values.getOrDefault(match.group(1), match.group())));
        return filled;
    }
}
