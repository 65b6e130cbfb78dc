package org.nigehbaan.support;

import java.lang.management.ManagementFactory;

/**
 * Wall-clock bounds of tests that time something: each target holds on a machine doing nothing else; where other
 * processes keep every core busy (a shared build machine), time stretches by about the run queue per core, and so
 * does the bound. The load and the stretched bound are printed beside the figure, so a run says what it was held to.
 */
public final class MachineLoad {

    private MachineLoad() {
    }

    /** The one-minute load average per core, at least 1. */
    public static double stretch() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return Math.max(1.0, load / Runtime.getRuntime().availableProcessors());
    }

    /** {@code millis} on an idle machine, stretched by {@link #stretch()}. */
    public static long bound(long millis) {
        return Math.round(millis * stretch());
    }

    /** How the bound was set, for the test's message. */
    public static String describe(long millis) {
        return String.format("bound %d ms (%d ms stretched by load %.1f per core)", bound(millis), millis, stretch());
    }
}
