package org.mtp.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Proves the rules can fail: aimed at the deliberately broken {@code org.mtp.archcanary} tree, each one reports a
 * violation. A rule that matched nothing or could never fail would pass here and fail this test.
 */
class ArchitectureCanaryTest {

    private static final String ROOT = "org.mtp.archcanary";
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(ROOT);

    @Test
    void aDomainClassUsingAnotherLibraryIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.domainDependsOnJavaOnly(ROOT).check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyDomainEntity");
    }

    @Test
    void anApplicationClassUsingAFrameworkIsCaught() {
        assertThatThrownBy(() ->
                        ArchitectureRules.applicationDependsOnDomainOnly(ROOT).check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyUseCase");
        assertThatThrownBy(
                        () -> ArchitectureRules.noFrameworkTypesInTheCore(ROOT).check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("jakarta.persistence");
    }

    @Test
    void anAdapterCallingAnotherAdapterIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT, "one", "two")
                        .check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CrossingAdapter");
    }

    @Test
    void theWebAdapterSeeingAnotherAdapterIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT, "web", "two")
                        .check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PageCallingAnotherAdapter");
        assertThatThrownBy(() -> ArchitectureRules.webAdapterDependsOnTheApplicationOnly(ROOT)
                        .check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PageCallingAnotherAdapter");
    }

    @Test
    void anAdapterOrPortReachingIntoAServiceIsCaught() {
        assertThatThrownBy(() ->
                        ArchitectureRules.adaptersUsePortsNotServices(ROOT).check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CrossingAdapter");
        assertThatThrownBy(
                        () -> ArchitectureRules.portsDoNotDependOnServices(ROOT).check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PortUsingService");
    }

    @Test
    void anInPortUsingAnOutPortAndTheReverseAreCaught() {
        assertThatThrownBy(() ->
                        ArchitectureRules.inPortsDoNotDependOnOutPorts(ROOT).check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UseCaseSeeingAStore");
        assertThatThrownBy(() ->
                        ArchitectureRules.outPortsDoNotDependOnInPorts(ROOT).check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("StoreSeeingAUseCase");
    }

    @Test
    void anImplementationInAPortPackageIsCaught() {
        assertThatThrownBy(() ->
                        ArchitectureRules.portsHoldInterfacesAndValuesOnly(ROOT).check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("StoreImplementedInThePort");
    }
}
