package org.nigehbaan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (Deque's accessibility engine, from its webjar) on the page a {@link Browser} shows, with the
 * WCAG 2.0, 2.1 and 2.2 level A and AA rules, and describes each violation in a line a developer can act on.
 * Reusable for any page: {@code assertThat(Axe.violations(browser)).isEmpty()}.
 */
public final class Axe {

    /** The rule sets checked: WCAG 2.2 AA includes 2.1 and 2.0 A/AA. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String VERSION = "4.6.3";
    private static volatile String script;

    private Axe() {
    }

    /** The violations on the current page, one line each: rule, impact, what is wrong, and where. */
    public static List<String> violations(Browser b) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(script());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))}))
                   .catch(e => done({error: String(e)}));""", WCAG_22_AA);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + result.get("error"));
        }
        List<String> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        for (Map<String, Object> v : violations) {
            out.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("nodes"));
        }
        return out;
    }

    private static String script() {
        if (script == null) {
            String path = "META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test classpath at " + path);
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
