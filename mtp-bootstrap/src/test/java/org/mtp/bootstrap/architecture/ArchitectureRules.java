package org.mtp.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of mtp, written against a root package so that the canary test can aim the very same rules at a
 * deliberately broken package tree and prove they fail.
 */
final class ArchitectureRules {

    private ArchitectureRules() {}

    static ArchRule domainDependsOnJavaOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".domain..", "java..")
                .because("the domain jar embeds in any JVM app, so it may use nothing but the JDK");
    }

    static ArchRule applicationDependsOnDomainOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".application..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".domain..", "java..", "javax.crypto..")
                .because("use cases must not know which database, web framework or HTTP client is plugged in; "
                        + "javax.crypto is the JDK's own (java.base), used for PBKDF2 password hashing");
    }

    static ArchRule noFrameworkTypesInTheCore(String root) {
        return noClasses()
                .that()
                .resideInAnyPackage(root + ".domain..", root + ".application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta..",
                        "javax.persistence..",
                        "io.javalin..",
                        "okhttp3..",
                        "com.squareup.moshi..",
                        "org.hibernate..",
                        "org.slf4j..")
                .because("Jakarta, Javalin, OkHttp and Moshi types belong to adapters");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root, String adapter, String... others) {
        String[] packages = new String[others.length];
        for (int i = 0; i < others.length; i++) {
            packages[i] = root + ".adapter." + others[i] + "..";
        }
        return noClasses()
                .that()
                .resideInAPackage(root + ".adapter." + adapter + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages)
                .because("each adapter plugs one technology into the ports; only bootstrap sees them all");
    }

    static ArchRule webAdapterDependsOnTheApplicationOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".adapter.web..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        root + ".adapter.web..",
                        root + ".application..",
                        root + ".domain..",
                        "java..",
                        "javax.crypto..",
                        "io.javalin..",
                        "jakarta.servlet..",
                        "gg.jte..",
                        "com.squareup.moshi..",
                        "org.slf4j..")
                .because("the web app calls the same use cases as the REST API, in-process: it sees the application, "
                        + "its own web technologies (Javalin, JTE, Moshi for GeoJSON typed into a form) and nothing of"
                        + " the other adapters");
    }

    static ArchRule adaptersUsePortsNotServices(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".adapter..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".application.service..")
                .because("adapters talk to use-case interfaces and out-ports; bootstrap picks the implementations");
    }

    static ArchRule portsDoNotDependOnServices(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".application.port..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".application.service..")
                .because("ports are the contracts; services implement them, never the other way round");
    }

    static ArchRule inPortsDoNotDependOnOutPorts(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".application.port.in..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".application.port.out..")
                .because("a driving adapter sees the use cases and the values they share (application.model), "
                        + "never the capabilities the driven adapters implement");
    }

    static ArchRule outPortsDoNotDependOnInPorts(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".application.port.out..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".application.port.in..")
                .because("a driven adapter implements its capability without knowing the use cases; "
                        + "what both sides share lives in application.model");
    }

    static ArchRule portsHoldInterfacesAndValuesOnly(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".application.port..")
                .and()
                .areNotInterfaces()
                .and()
                .areNotRecords()
                .and()
                .areNotEnums()
                .should()
                .implement(JavaClass.Predicates.resideInAPackage(root + ".application.port.."))
                .because(
                        "a port package holds contracts and their values (records and enums, sealed variants included); "
                                + "implementations of a port live in a service, in application.security or in an adapter");
    }
}
