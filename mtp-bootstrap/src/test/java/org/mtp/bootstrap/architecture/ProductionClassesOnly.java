package org.mtp.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports production classes only. ArchUnit's own test exclusion recognises test-class directories, but this module
 * also sees the other modules' test-jars ({@code *-tests.jar}), whose fakes and tests must not count.
 */
public final class ProductionClassesOnly implements ImportOption {

    private static final ImportOption TEST_DIRECTORIES = new DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return TEST_DIRECTORIES.includes(location) && !location.contains("-tests.jar");
    }
}
