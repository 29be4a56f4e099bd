package dev.praxis.search.catalog;

/** Someone who is not staff asked to search practices in a status that is not public. */
public class StatusNotVisible extends RuntimeException {

    StatusNotVisible(String status) {
        super("Practices in status " + status + " are visible to experts and coordinators only");
    }
}
