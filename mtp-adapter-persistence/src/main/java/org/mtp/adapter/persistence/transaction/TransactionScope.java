package org.mtp.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;

/** Persistence adapter: the EntityManager of one outermost unit of work, and the first failure of a nested one. */
final class TransactionScope {

  private final EntityManager entityManager;
  private RuntimeException nestedFailure;

  TransactionScope(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  EntityManager entityManager() {
    return entityManager;
  }

  /** Remembers that a nested unit of work failed: the whole transaction must then roll back. */
  void nestedFailed(RuntimeException failure) {
    if (nestedFailure == null) {
      nestedFailure = failure;
    }
  }

  RuntimeException nestedFailure() {
    return nestedFailure;
  }
}
