package org.mtp.archcanary.adapter.one;

import org.mtp.archcanary.adapter.two.OtherAdapter;
import org.mtp.archcanary.application.service.SomeService;

/** Canary: an adapter calling another adapter and a service directly, which the adapter rules must catch. */
public class CrossingAdapter {

    public int cross() {
        return new OtherAdapter().value() + new SomeService().answer();
    }
}
