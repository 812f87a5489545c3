package org.mtp.archcanary.adapter.two;

/** Canary: an adapter another adapter must not call. */
public class OtherAdapter {

    public int value() {
        return 1;
    }
}
