package org.nigehbaan.screening.paxlst;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parse time of a synthetic manifest; run as docs/formats.md describes (not part of the test run). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PaxlstParserBenchmark {

    @Param({"400"})
    public int passengers;

    private byte[] manifest;
    private final PaxlstParser parser = new PaxlstParser();

    @Setup
    public void generate() {
        manifest = SyntheticManifest.generate(passengers, 785).getBytes(StandardCharsets.US_ASCII);
    }

    @Benchmark
    public PaxlstManifest parse() {
        return parser.parse(manifest);
    }
}
