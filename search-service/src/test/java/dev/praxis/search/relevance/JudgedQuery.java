package dev.praxis.search.relevance;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One query of the judged set with its graded judgments (0–3); unjudged practices count as 0. */
record JudgedQuery(String id, @JsonProperty("class") String queryClass, String language, String text,
        Map<String, Integer> ratings) {

    /** The file: a description of the grades and the queries. */
    record Judgments(Map<String, String> scale, List<JudgedQuery> queries) {
    }
}
