package org.mtp.archcanary.application;

import jakarta.persistence.EntityManager;

/** Canary: an "application" class that uses a Jakarta type, which the application rules must catch. */
public class LeakyUseCase {

    public Class<?> leak() {
        return EntityManager.class;
    }
}
