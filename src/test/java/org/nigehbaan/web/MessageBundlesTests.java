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
 * All UI text lives in message bundles: every key a template uses exists, and every translation has
 * exactly the keys of its English bundle.
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
