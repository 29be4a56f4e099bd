package dev.praxis.web;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Package-by-feature rules a newcomer could break without noticing. In this server-rendered UI every
 * package is a web package: controllers sit in their feature beside the client of the service they call.
 */
@AnalyzeClasses(packages = "dev.praxis.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] FEATURES = {
            "dev.praxis.web.catalog..", "dev.praxis.web.practice..", "dev.praxis.web.replication..",
            "dev.praxis.web.reference..", "dev.praxis.web.indexing..", "dev.praxis.web.attachment..", "dev.praxis.web.version..",
            "dev.praxis.web.notification.."};
    private static final String[] PLUMBING = {
            "dev.praxis.web.downstream..", "dev.praxis.web.security..", "dev.praxis.web.ui.."};

    @ArchTest
    static final ArchRule plumbingKnowsNoFeature = noClasses()
            .that().resideInAnyPackage(PLUMBING)
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("downstream calls, security and page helpers serve every feature alike");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = slices()
            .matching("dev.praxis.web.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersLiveInFeaturePackages = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule controllersCallServicesThroughTheirFeatureClient = noClasses()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().belongToAnyOf(RestClient.class)
            .because("the feature's client (Catalogue, PracticeRegistry...) owns URLs, tokens and problem translation");
}
