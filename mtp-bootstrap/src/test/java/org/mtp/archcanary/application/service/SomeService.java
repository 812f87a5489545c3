package org.mtp.archcanary.application.service;

/** Canary: a service that adapters and ports must not reach. */
public class SomeService {

    public int answer() {
        return 42;
    }
}
