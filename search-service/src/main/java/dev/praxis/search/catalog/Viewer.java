package dev.praxis.search.catalog;

/**
 * Who is searching. Staff (experts, coordinators, admins) may see practices that are not public
 * yet or any more; everybody else sees approved practices only.
 */
public record Viewer(boolean staff) {

    public static final Viewer PUBLIC = new Viewer(false);
    public static final Viewer STAFF = new Viewer(true);

    boolean maySee(PracticeDocument practice) {
        return staff || practice.isPublic();
    }
}
