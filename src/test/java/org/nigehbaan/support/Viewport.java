package org.nigehbaan.support;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** What the officer actually sees: the window's size, and whether an element is inside it or the page scrolls sideways. */
public final class Viewport {

    private Viewport() {
    }

    /** Sets the visible area (the viewport, not the outer window) to width × height CSS pixels. */
    public static void resize(Browser b, int width, int height) {
        b.driver().manage().window().setSize(new Dimension(width, height));
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        @SuppressWarnings("unchecked")
        List<Long> inner = (List<Long>) js.executeScript("return [window.innerWidth, window.innerHeight];");
        // Headless Chromium may count its (absent) chrome in the outer size: grow the window by the difference.
        int dw = width - inner.get(0).intValue();
        int dh = height - inner.get(1).intValue();
        if (dw != 0 || dh != 0) {
            b.driver().manage().window().setSize(new Dimension(width + dw, height + dh));
        }
    }

    /** The element's box relative to the viewport, and the viewport's size: {top, bottom, left, right, width, height}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Number> box(Browser b, String id) {
        return (Map<String, Number>) ((JavascriptExecutor) b.driver()).executeScript("""
                const r = document.getElementById(arguments[0]).getBoundingClientRect();
                return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                        width: window.innerWidth, height: window.innerHeight};""", id);
    }

    /** True when the whole element is inside the visible area, as the page stands now (after any scrolling). */
    public static boolean inside(Browser b, String id) {
        Map<String, Number> r = box(b, id);
        return r.get("top").doubleValue() >= 0 && r.get("left").doubleValue() >= 0
                && r.get("bottom").doubleValue() <= r.get("height").doubleValue()
                && r.get("right").doubleValue() <= r.get("width").doubleValue();
    }

    /** How many CSS pixels the page is wider than the viewport (0: no horizontal scroll). */
    public static long horizontalOverflow(Browser b) {
        Number n = (Number) ((JavascriptExecutor) b.driver()).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;");
        return Math.max(0, n.longValue());
    }

    /** The id of the element that has the focus. */
    public static String focused(Browser b) {
        return (String) ((JavascriptExecutor) b.driver()).executeScript("return document.activeElement.id;");
    }
}
