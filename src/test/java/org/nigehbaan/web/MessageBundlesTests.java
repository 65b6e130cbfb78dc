package org.nigehbaan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All UI text lives in message bundles: every key a template uses exists, every module's bundle has an Urdu
 * translation with exactly its keys, and no Urdu text is left in English.
 */
class MessageBundlesTests {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void everyTranslationHasExactlyTheKeysOfItsEnglishBundle() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource r : bundles()) {
            String file = r.getFilename();
            Matcher m = Pattern.compile("(.+)_([a-z]{2})\\.properties").matcher(file);
            if (!m.matches()) {
                continue;
            }
            Properties english = load(new PathMatchingResourcePatternResolver()
                    .getResource("classpath:i18n/" + m.group(1) + ".properties"));
            Properties translated = load(r);
            Set<String> missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(translated.stringPropertyNames());
            Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            if (!missing.isEmpty()) {
                problems.add(file + " lacks " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(file + " has keys English lacks: " + extra);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Keys whose Urdu text is rightly not Urdu script: the link to the other language says "English", and the
     * sign-in page shows the system-use notice (CJIS AC-8) in English beside the Urdu one in either language.
     */
    private static final Set<String> NOT_URDU_SCRIPT = Set.of("layout.otherLanguage", "login.notice.en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyBundleHasAnUrduTranslation() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Resource r : bundles()) {
            String file = r.getFilename();
            if (file.matches(".*_[a-z]{2}\\.properties")) {
                continue;
            }
            String urdu = file.replace(".properties", "_ur.properties");
            if (!new PathMatchingResourcePatternResolver().getResource("classpath:i18n/" + urdu).exists()) {
                missing.add(file + " has no " + urdu);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noUrduTextIsLeftInEnglishAndNoneInventsAPlaceholder() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource r : bundles()) {
            String file = r.getFilename();
            if (!file.endsWith("_ur.properties")) {
                continue;
            }
            Properties english = load(new PathMatchingResourcePatternResolver()
                    .getResource("classpath:i18n/" + file.replace("_ur", "")));
            Properties urdu = load(r);
            for (String key : urdu.stringPropertyNames()) {
                String ur = urdu.getProperty(key);
                String en = english.getProperty(key, "");
                boolean englishHasWords = en.matches("(?s).*[a-z]{2,}.*");
                if (englishHasWords && !NOT_URDU_SCRIPT.contains(key)
                        && ur.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
                    problems.add(file + ": " + key + " is not in Urdu: " + ur);
                }
                Set<String> enArgs = placeholders(en);
                Set<String> urArgs = placeholders(ur);
                if (!enArgs.containsAll(urArgs)) {
                    problems.add(file + ": " + key + " uses placeholders " + urArgs + " that English has not: " + enArgs);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Resource r : bundles()) {
            keys.addAll(load(r).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = MESSAGE_KEY.matcher(Files.readString(p));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(p + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Resource[] bundles() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
    }

    private static Properties load(Resource r) throws IOException {
        Properties p = new Properties();
        try (InputStream in = r.getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
