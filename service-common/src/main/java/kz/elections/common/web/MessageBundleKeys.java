package kz.elections.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.qute.i18n.Message;

/**
 * The keys of a message bundle in each language, so every service's tests can show that no page falls
 * back to English (or fails) for want of a key: the English keys are the {@code @Message} methods of the
 * bundle interface, the Kazakh and Russian ones the keys of {@code messages/<file>_kk|ru.properties}.
 */
public final class MessageBundleKeys {

    private MessageBundleKeys() {
    }

    /** The keys of the English defaults: each {@code @Message} method's key, else its name. */
    public static Set<String> english(Class<?> bundle) {
        Set<String> keys = new TreeSet<>();
        for (Method method : bundle.getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            if (message != null) {
                keys.add(message.key().equals(Message.DEFAULT_NAME) || message.key().equals(Message.ELEMENT_NAME) ? method.getName() : message.key());
            }
        }
        return keys;
    }

    /** The keys of {@code messages/<file>_<language>.properties} on the class path (empty if there is none). */
    public static Set<String> translated(String file, String language) {
        String resource = "messages/" + file + "_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /**
     * Every key missing from one language but present in another, as {@code "<language>: <key>"}; empty
     * when English, Kazakh and Russian have the same keys.
     */
    public static List<String> gaps(Class<?> bundle, String file) {
        Set<String> english = english(bundle);
        List<String> gaps = new ArrayList<>();
        for (String language : List.of("kk", "ru")) {
            Set<String> translated = translated(file, language);
            english.stream().filter(key -> !translated.contains(key)).forEach(key -> gaps.add(language + ": " + key));
            translated.stream().filter(key -> !english.contains(key)).forEach(key -> gaps.add("en: " + key));
        }
        return gaps;
    }
}
