package dev.praxis.search;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Package-by-feature rules a newcomer could break without noticing. */
@AnalyzeClasses(packages = "dev.praxis.search", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresDoNotServeHttp = noClasses()
            .that().resideInAPackage("dev.praxis.search..")
            .and().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat(resideInAnyPackage("dev.praxis.search..web..", "org.springframework.web..",
                            "jakarta.servlet..")
                    // The indexer calls the registry's feed: an HTTP client is not the web layer.
                    .and(not(resideInAnyPackage("org.springframework.web.client..", "org.springframework.web.util.."))))
            .because("serving HTTP lives in each feature's web sub-package and in the shared web package");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = slices()
            .matching("dev.praxis.search.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("..web..");
}
