package dev.praxis.web.practice;

/** A coordinator's approve or reject body; the comment is optional to approve, required to reject. */
record Decision(String comment) {
}
