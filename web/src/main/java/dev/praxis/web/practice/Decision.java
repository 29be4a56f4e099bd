package dev.praxis.web.practice;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of a move: an optional comment, and the year of a recommendation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Decision(String comment, Integer year) {
}
