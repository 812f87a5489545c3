package org.mtp.archcanary.adapter.web;

import org.mtp.archcanary.adapter.two.OtherAdapter;

/** Canary: a web page calling another adapter instead of a use case, which the web adapter rules must catch. */
public class PageCallingAnotherAdapter {

    public int render() {
        return new OtherAdapter().value();
    }
}
