package org.mtp.archcanary.application.port.in;

import org.mtp.archcanary.application.service.SomeService;

/** Canary: a port that depends on a service, which the port rule must catch. */
public interface PortUsingService {

    SomeService service();
}
