package org.mtp.bootstrap.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module graph's rules, checked on every production class of mtp. */
@AnalyzeClasses(packages = "org.mtp", importOptions = ProductionClassesOnly.class)
class ArchitectureTest {

    private static final String ROOT = "org.mtp";

    @ArchTest
    static final ArchRule domain_depends_on_java_only = ArchitectureRules.domainDependsOnJavaOnly(ROOT);

    @ArchTest
    static final ArchRule application_depends_on_domain_only = ArchitectureRules.applicationDependsOnDomainOnly(ROOT);

    @ArchTest
    static final ArchRule no_framework_types_in_the_core = ArchitectureRules.noFrameworkTypesInTheCore(ROOT);

    @ArchTest
    static final ArchRule mapillary_adapter_stands_alone =
            ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT, "mapillary", "persistence", "http", "web");

    @ArchTest
    static final ArchRule persistence_adapter_stands_alone =
            ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT, "persistence", "mapillary", "http", "web");

    @ArchTest
    static final ArchRule http_adapter_stands_alone =
            ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT, "http", "mapillary", "persistence", "web");

    @ArchTest
    static final ArchRule web_adapter_stands_alone =
            ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT, "web", "mapillary", "persistence", "http");

    @ArchTest
    static final ArchRule web_adapter_depends_on_the_application_only =
            ArchitectureRules.webAdapterDependsOnTheApplicationOnly(ROOT);

    @ArchTest
    static final ArchRule adapters_use_ports_not_services = ArchitectureRules.adaptersUsePortsNotServices(ROOT);

    @ArchTest
    static final ArchRule ports_do_not_depend_on_services = ArchitectureRules.portsDoNotDependOnServices(ROOT);

    @ArchTest
    static final ArchRule in_ports_do_not_depend_on_out_ports = ArchitectureRules.inPortsDoNotDependOnOutPorts(ROOT);

    @ArchTest
    static final ArchRule out_ports_do_not_depend_on_in_ports = ArchitectureRules.outPortsDoNotDependOnInPorts(ROOT);

    @ArchTest
    static final ArchRule ports_hold_interfaces_and_values_only =
            ArchitectureRules.portsHoldInterfacesAndValuesOnly(ROOT);
}
