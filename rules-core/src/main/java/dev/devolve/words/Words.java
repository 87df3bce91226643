package dev.devolve.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sentences and words of one part of Devolve, in English and Chinese, read from a pair of
 * UTF-8 resource bundles beside the class that owns them: {@code name.properties} (English) and
 * {@code name_zh.properties} (Chinese), with the same keys. A sentence names its values {@code {0}},
 * {@code {1}} …, replaced as written (no number or date formatting, and an apostrophe is just an
 * apostrophe). The Chinese name of every enum word of the fact model is in one bundle,
 * {@code dev/devolve/words/terms_zh.properties}, keyed {@code Enum.WORD} ({@code Outer.Enum.WORD} for a nested enum); in English a word is its code.
 */
public final class Words {

    /** No fallback to the default locale: English is the base bundle whatever the machine's locale is. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    /**
     * Every sentence by language (ordinal) and key, read out of the bundles once: an explanation
     * looks up dozens of sentences, a batch millions, and a bundle's own lookup is several times
     * slower than one map's.
     */
    private final List<Map<String, String>> sentences = new ArrayList<>(Language.values().length);

    private Words(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        for (Language l : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, l.locale(), loader, CONTROL);
            Map<String, String> byKey = new HashMap<>();
            for (String key : bundle.keySet()) {
                byKey.put(key, bundle.getString(key));
            }
            sentences.add(Map.copyOf(byKey));
        }
    }

    /**
     * The bundle {@code name} in the package of {@code owner}, e.g. {@code Words.of(TextReport.class, "report")}
     * reads {@code dev/devolve/cli/report.properties} and {@code report_zh.properties}.
     *
     * @throws java.util.MissingResourceException when either file is missing
     */
    public static Words of(Class<?> owner, String name) {
        return new Words(owner.getPackageName() + "." + name, owner.getClassLoader());
    }

    /**
     * The sentence {@code key} in {@code language} with {@code {0}}, {@code {1}} … replaced by the
     * arguments' text.
     *
     * @throws java.util.MissingResourceException when the bundle has no such key
     */
    public String get(Language language, String key, Object... args) {
        String s = sentences.get(language.ordinal()).get(key);
        if (s == null) {
            throw new MissingResourceException("no sentence '" + key + "' in " + baseName + " (" + language + ")", baseName, key);
        }
        if (args.length == 0 || s.indexOf('{') < 0) {
            return s;
        }
        // One pass, so an argument's own text is never read as a placeholder; {n} past the arguments stays as written.
        StringBuilder sb = new StringBuilder(s.length() + 16 * args.length);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = c == '{' ? s.indexOf('}', i) : -1;
            int index = end > i + 1 ? argument(s, i + 1, end) : -1;
            if (index >= 0 && index < args.length) {
                sb.append(args[index]);
                i = end + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** The number written between {@code from} and {@code to}, or -1 when it is not one (or too long to be an index). */
    private static int argument(String s, int from, int to) {
        if (to - from > 3) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char d = s.charAt(i);
            if (d < '0' || d > '9') {
                return -1;
            }
            n = 10 * n + (d - '0');
        }
        return n;
    }

    public String en(String key, Object... args) {
        return get(Language.EN, key, args);
    }

    public String zh(String key, Object... args) {
        return get(Language.ZH, key, args);
    }

    /**
     * The Chinese name of an enum word ({@code 保留在县级} for {@code Outcome.RETAIN}).
     *
     * @throws java.util.MissingResourceException when the terms bundle does not name it
     */
    public static String term(Enum<?> word) {
        return Terms.NAMES.get(word.getDeclaringClass())[0][word.ordinal()];
    }

    /** {@code Outcome}, or {@code UnfundedMandate.Kind} for an enum declared inside a class. */
    private static String key(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : key(outer) + "." + type.getSimpleName();
    }

    /** An enum word as output shows it: its code in English, {@code 保留在县级（RETAIN）} in Chinese. */
    public static String named(Enum<?> word, Language language) {
        return language == Language.ZH ? Terms.NAMES.get(word.getDeclaringClass())[1][word.ordinal()] : word.name();
    }

    /**
     * The terms bundle, read on first use, and the Chinese names of each enum's words by ordinal,
     * looked up once per enum (a batch names millions of words). A word the bundle lacks fails
     * when its enum is first named, as a lookup of it would.
     */
    private static final class Terms {
        static final ResourceBundle ZH = ResourceBundle.getBundle(Words.class.getPackageName() + ".terms",
                Language.ZH.locale(), Words.class.getClassLoader(), CONTROL);
        /** Per enum, by ordinal: each word's Chinese name, and the name with the code beside it. */
        static final ClassValue<String[][]> NAMES = new ClassValue<>() {
            @Override
            protected String[][] computeValue(Class<?> type) {
                Object[] words = type.getEnumConstants();
                String[][] out = new String[2][words.length];
                for (int i = 0; i < words.length; i++) {
                    String code = ((Enum<?>) words[i]).name();
                    out[0][i] = ZH.getString(key(type) + "." + code);
                    out[1][i] = out[0][i] + "（" + code + "）";
                }
                return out;
            }
        };
    }
}
