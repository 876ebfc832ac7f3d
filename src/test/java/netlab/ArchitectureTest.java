package netlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of STYLE.md: shell → net → core; the core knows no terminal and never prints. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("netlab");
    }

    @Test
    void coreImportsNoShellNetJlineOrPicocli() {
        noClasses().that().resideInAPackage("netlab.core..")
                .should().dependOnClassesThat().resideInAnyPackage("netlab.shell..", "netlab.net..", "org.jline..", "picocli..")
                .check(classes);
    }

    @Test
    void coreNeverPrints() {
        noClasses().that().resideInAPackage("netlab.core..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void netKnowsNoShellJlineOrPicocliAndNeverPrints() {
        noClasses().that().resideInAPackage("netlab.net..")
                .should().dependOnClassesThat().resideInAnyPackage("netlab.shell..", "org.jline..", "picocli..")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void nothingPrintsStackTracesBehindTheUsersBack() {
        noClasses().that().resideOutsideOfPackage("netlab.shell")
                .should().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }
}
