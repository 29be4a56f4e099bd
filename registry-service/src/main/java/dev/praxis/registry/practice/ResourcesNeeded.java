package dev.praxis.registry.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What another region needs to repeat the practice: money, staff, IT and legal acts, as texts. */
@Embeddable
public record ResourcesNeeded(@Column(name = "resources_money") String money,
                              @Column(name = "resources_money_en") String moneyEn,
                              @Column(name = "resources_staff") String staff,
                              @Column(name = "resources_staff_en") String staffEn,
                              @Column(name = "resources_it") String it,
                              @Column(name = "resources_it_en") String itEn,
                              @Column(name = "resources_legal_acts") String legalActs,
                              @Column(name = "resources_legal_acts_en") String legalActsEn) {

    public static final ResourcesNeeded NONE = new ResourcesNeeded(null, null, null, null, null, null, null, null);
}
