#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample --stack-depth 256 rec.jfr` output (scripts/load-test.sh):
samples per thread kind, the share of samples whose stack passes through each part of the stack (inclusive),
the hottest methods by self time, and the hottest by inclusive time."""
import collections
import re
import sys

PARTS = [  # (label, frame prefix): a sample counts for every part one of its frames belongs to
    ("Tomcat (connector, valves)", ("org.apache.coyote.", "org.apache.catalina.", "org.apache.tomcat.")),
    ("Spring Security filter chain", ("org.springframework.security.web.FilterChainProxy.doFilter",)),
    ("  authorization (AuthorizationFilter)", ("org.springframework.security.web.access.intercept.AuthorizationFilter.doFilter",)),
    ("  authentication (Basic/Bearer)", ("org.springframework.security.web.authentication.www.BasicAuthenticationFilter.doFilterInternal",
                                          "org.nigehbaan.accounts.internal.BearerTokenFilter.doFilterInternal")),
    ("  firewall", ("org.springframework.security.web.firewall.",)),
    ("  security headers", ("org.springframework.security.web.header.",)),
    ("Spring MVC dispatch", ("org.springframework.web.servlet.DispatcherServlet.doDispatch",)),
    ("  handler lookup", ("org.springframework.web.servlet.DispatcherServlet.getHandler",)),
    ("  static resource", ("org.springframework.web.servlet.resource.ResourceHttpRequestHandler.handleRequest",)),
    ("Micrometer / observation", ("io.micrometer.",)),
    ("Jackson", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("matching engine (match)", ("org.nigehbaan.matching.MatchingEngine.match",)),
    ("screening decision", ("org.nigehbaan.screening.internal.Decider.",)),
    ("screening log writer thread", ("org.nigehbaan.screening.internal.ScreeningLog.drain",)),
    ("  audit append", ("org.nigehbaan.audit.",)),
    ("PostgreSQL driver", ("org.postgresql.",)),
    ("logging", ("ch.qos.logback.", "org.slf4j.")),
]


def main(path):
    samples = []  # (thread, [frames top first])
    thread, frames, in_stack = None, [], False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            if s.startswith("jdk.ExecutionSample"):
                thread, frames, in_stack = None, [], False
            elif s.startswith("sampledThread"):
                m = re.search(r'"([^"]*)"', s)
                thread = m.group(1) if m else "?"
            elif s.startswith("stackTrace = ["):
                in_stack = True
            elif in_stack and s.startswith("]"):
                in_stack = False
                samples.append((thread, frames))
            elif in_stack and s and s != "...":
                frames.append(re.sub(r"\s+line:.*$", "", s))
    total = len(samples)
    if not total:
        print("no samples")
        return
    kinds = collections.Counter(re.sub(r"[-#]?\d+$", "", t or "?") for t, _ in samples)
    print(f"{total} samples")
    print("-- threads")
    for k, n in kinds.most_common(12):
        print(f"{100.0 * n / total:6.1f} %  {k}")
    print("-- parts of the stack (inclusive)")
    for label, prefixes in PARTS:
        n = sum(1 for _, fr in samples if any(x.startswith(prefixes) for x in fr))
        print(f"{100.0 * n / total:6.1f} %  {label}")
    self_c = collections.Counter(fr[0] for _, fr in samples if fr)
    print("-- self time, top 40")
    for m, n in self_c.most_common(40):
        print(f"{100.0 * n / total:6.1f} %  {m}")
    incl = collections.Counter()
    for _, fr in samples:
        incl.update(set(fr))
    print("-- inclusive, top 60")
    for m, n in incl.most_common(60):
        print(f"{100.0 * n / total:6.1f} %  {m}")


if __name__ == "__main__":
    main(sys.argv[1])
