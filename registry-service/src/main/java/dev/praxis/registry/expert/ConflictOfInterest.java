package dev.praxis.registry.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The conflict-of-interest policy, in one place: an expert may not review a practice from their
 * own region or organisation, one they wrote or are in the team of, or one they declared a
 * conflict with (by organisation, region or the practice itself). Names, organisations and
 * e-mails match case-insensitively, trimmed, with runs of spaces as one.
 */
public final class ConflictOfInterest {

    private ConflictOfInterest() {
    }

    /** Every reason {@code expert} may not review the practice; empty when there is none. */
    public static List<Conflict> between(ExpertProfile expert, PracticeParties practice) {
        var conflicts = new ArrayList<Conflict>();
        if (Objects.equals(expert.getRegionCode(), practice.regionCode())) {
            conflicts.add(new Conflict(ConflictReason.SAME_REGION, practice.regionCode()));
        }
        if (same(expert.getOrganisation(), practice.authorOrganisation())) {
            conflicts.add(new Conflict(ConflictReason.SAME_ORGANISATION, practice.authorOrganisation()));
        }
        if (expert.getUsername().equals(practice.authorUsername()) || same(expert.getDisplayName(), practice.authorName())) {
            conflicts.add(new Conflict(ConflictReason.AUTHOR, practice.authorName()));
        }
        practice.team().stream()
                .filter(member -> same(expert.getDisplayName(), member.name()) || same(expert.getEmail(), member.email()))
                .findFirst()
                .ifPresent(member -> conflicts.add(new Conflict(ConflictReason.TEAM_MEMBER, member.name())));
        expert.getConflictOrganisations().stream()
                .filter(organisation -> same(organisation, practice.authorOrganisation()))
                .findFirst()
                .ifPresent(organisation -> conflicts.add(new Conflict(ConflictReason.DECLARED_ORGANISATION, organisation)));
        if (expert.getConflictRegions().contains(practice.regionCode())) {
            conflicts.add(new Conflict(ConflictReason.DECLARED_REGION, practice.regionCode()));
        }
        if (expert.getConflictPractices().contains(practice.practiceId())) {
            conflicts.add(new Conflict(ConflictReason.DECLARED_PRACTICE, practice.practiceId().toString()));
        }
        return List.copyOf(conflicts);
    }

    /** Two texts that name the same thing; a missing text names nothing. */
    static boolean same(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        return normal(a).equals(normal(b));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
