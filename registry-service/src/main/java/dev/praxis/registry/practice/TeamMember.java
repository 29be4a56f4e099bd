package dev.praxis.registry.practice;

import jakarta.persistence.Embeddable;

/**
 * A member of the author's team. Name and job title are public; e-mail and phone are contacts,
 * shown to signed-in users only ({@link #withoutContacts()}).
 */
@Embeddable
public record TeamMember(String name, String jobTitle, String jobTitleEn, String email, String phone) {

    public TeamMember withoutContacts() {
        return new TeamMember(name, jobTitle, jobTitleEn, null, null);
    }
}
