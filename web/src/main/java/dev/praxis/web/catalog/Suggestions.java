package dev.praxis.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Titles completing what a visitor is typing, as search-service suggests them. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Suggestions(List<Suggestion> suggestions) {

    Suggestions {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    static Suggestions none() {
        return new Suggestions(List.of());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Suggestion(String id, String title) {
    }
}
