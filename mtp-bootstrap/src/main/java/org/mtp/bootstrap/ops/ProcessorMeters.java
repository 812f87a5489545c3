package org.mtp.bootstrap.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Micrometer's processor meters under names that Prometheus's own lint ({@code promtool check metrics}) accepts: the
 * binder's CPU time is counted in nanoseconds ({@code process_cpu_time_ns_total}, an abbreviated unit) and its
 * processor count is a gauge ending in {@code _count}, a suffix reserved for summaries and histograms.
 */
final class ProcessorMeters implements MeterBinder {

    static final String BINDER_CPU_TIME = "process.cpu.time";
    static final String BINDER_PROCESSORS = "system.cpu.count";
    /** Exposed as {@code process_cpu_seconds_total}, the name Prometheus's own client libraries use. */
    static final String CPU_TIME = "process.cpu";
    /** Exposed as {@code system_cpu_available_processors}. */
    static final String PROCESSORS = "system.cpu.available.processors";

    /** Drops the binder's nanosecond counter (replaced by one in seconds) and renames its processor count. */
    static MeterFilter names() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return id.getName().equals(BINDER_PROCESSORS) ? id.withName(PROCESSORS) : id;
            }

            @Override
            public MeterFilterReply accept(Meter.Id id) {
                return id.getName().equals(BINDER_CPU_TIME) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
            }
        };
    }

    /** Binds the processor meters; the registry must already carry {@link #names()}. */
    @Override
    public void bindTo(MeterRegistry registry) {
        new ProcessorMetrics().bindTo(registry);
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        if (system instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            FunctionCounter.builder(CPU_TIME, hotspot, os -> os.getProcessCpuTime() / 1e9)
                    .baseUnit("seconds")
                    .description("The CPU time used by the Java virtual machine process")
                    .register(registry);
        }
    }
}
