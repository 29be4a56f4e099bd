package dev.praxis.web.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One entry of the inbox as the registry answers it; {@code link} is a path of these pages. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Notification(UUID id, String kind, UUID practiceId, String practiceTitle, String link, Map<String, String> params,
        OffsetDateTime createdAt, OffsetDateTime readAt, boolean read) {

    Notification {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** The message that says what happened: {@code notification.DECISION.approved}, {@code notification.REVISION_REQUESTED}. */
    public String messageCode() {
        var decision = params.get("decision");
        return "notification." + kind + (decision == null ? "" : "." + decision);
    }

    public String reason() {
        return params.get("reason");
    }

    /** Only a path of this site is followed, never an address elsewhere. */
    public String safeLink() {
        return link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications";
    }
}
