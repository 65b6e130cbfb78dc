package org.nigehbaan.matching.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.Match;
import org.nigehbaan.matching.MatchingEngine;
import org.nigehbaan.matching.Traveller;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one query on one thread against {@code identities} synthetic Pakistani identities (about 2.85 names
 * each), sampled so JMH reports p50/p90/p99. Run (docs/matching.md):
 * {@code java -Xmx4g -cp ... org.openjdk.jmh.Main MatchingBenchmark -p identities=1000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseStringDeduplication"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(1)
public class MatchingBenchmark {

    @Param({"100000"})
    public int identities;

    private MatchingEngine engine;
    private List<Traveller> travellers;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        SyntheticIdentities gen = new SyntheticIdentities(42);
        List<ListedIdentity> listed = gen.generate("SYN-", identities);
        engine = new MatchingEngine();
        engine.upsertAll(listed);
        travellers = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            travellers.add(gen.traveller(listed));
        }
    }

    @Benchmark
    public List<Match> query() {
        Traveller t = travellers.get(next);
        next = next + 1 == travellers.size() ? 0 : next + 1;
        return engine.match(t);
    }
}
