package org.nigehbaan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Module boundaries hold: modules use each other only through their root packages, and never in a cycle. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(NigehbaanApplication.class);

    @Test
    void moduleBoundariesAreRespected() {
        MODULES.verify();
    }

    @Test
    void matchingAndIdentityArePlainJavaWithoutSpringOrOtherModules() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nigehbaan.matching", "org.nigehbaan.identity");
        // package-info may carry the Spring Modulith annotation that opens identity to all: it is metadata only.
        ArchRule rule = noClasses().that().resideInAnyPackage("org.nigehbaan.matching..", "org.nigehbaan.identity..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "org.nigehbaan.controllist..", "org.nigehbaan.screening..", "org.nigehbaan.register..",
                        "org.nigehbaan.cooperation..", "org.nigehbaan.audit..", "org.nigehbaan.accounts..",
                        "org.nigehbaan.common..", "org.nigehbaan.web..")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void nothingDependsOnWeb() {
        for (ApplicationModule m : MODULES) {
            assertThat(m.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getIdentifier)
                    .map(Object::toString).toList())
                    .as("dependencies of %s", m.getIdentifier()).doesNotContain("web");
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()).toList())
                .contains("identity", "common", "accounts", "audit", "web");
    }
}
