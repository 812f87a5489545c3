package org.mtp.archcanary.domain;

import org.slf4j.LoggerFactory;

/** Canary: a "domain" class that depends on a library, which the domain rule must catch. */
public class LeakyDomainEntity {

    public Object leak() {
        return LoggerFactory.getLogger(LeakyDomainEntity.class);
    }
}
