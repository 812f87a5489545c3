package org.mtp.archcanary.domain;

/** Canary: a "domain" class that depends on a library, which the domain rule must catch. */
public class LeakyDomainEntity {

  public Object leak() {
    return org.slf4j.LoggerFactory.getLogger(LeakyDomainEntity.class);
  }
}
