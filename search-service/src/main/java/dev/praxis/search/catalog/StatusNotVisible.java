package dev.praxis.search.catalog;

/** Someone asked to search practices in a status they may not see (docs/visibility.csv). */
public class StatusNotVisible extends RuntimeException {

    StatusNotVisible(String status) {
        super("Practices in status " + status + " are not visible to you: experts search what is under review, coordinators every submitted practice");
    }
}
