package dev.tengen.cli.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Binds a config section onto a parameters record: one key per record component, named in
 * kebab case ({@code fullVisits} → {@code full-visits}), so that the modules' params records stay
 * the one definition of every knob and its range, and the config only maps onto them.
 *
 * <p>Supported component types: {@code int}, {@code long}, {@code double}, {@code float},
 * {@code boolean}, {@link String}, enums (written in any case, {@code -} or {@code _}),
 * {@link Duration} (HOCON durations: {@code 30s}, {@code 500ms}; a bare number is milliseconds),
 * {@link Path}, {@code List} of {@link Integer}/{@link Long}/{@link Double}/{@link String},
 * nested records (a sub-section), and any type with a {@code public static T parse(String)}
 * (written as its text form).
 *
 * <p>Range checks are the record's own: when its constructor throws
 * {@link IllegalArgumentException}, the component its message names is mapped back to the key,
 * and the {@link ConfigError} names the key, the value and the file and line it came from.
 */
public final class RecordBinder {
  private RecordBinder() {}

  /**
   * Builds a {@code type} from the section at {@code path}.
   *
   * @throws ConfigError when a key is missing, has the wrong type, or the record rejects a value
   */
  public static <R extends Record> R bind(Config config, String path, Class<R> type) {
    if (!config.hasPath(path)) {
      throw new ConfigError("missing config section " + path + " (for " + type.getSimpleName() + ")");
    }
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      types[i] = component.getType();
      String key = path + "." + Keys.kebab(component.getName());
      if (!config.hasPath(key)) {
        throw new ConfigError("missing config key " + key + " (" + type.getSimpleName() + "."
            + component.getName() + ")");
      }
      values[i] = read(config, key, component.getType(), component.getGenericType());
    }
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
        String key = path + "." + Keys.kebab(blamedComponent(components, cause.getMessage()));
        throw new ConfigError(Keys.describe(config, key) + ": " + cause.getMessage(), cause);
      }
      throw new IllegalStateException("cannot build " + type.getName() + " from " + path, cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName() + " from " + path, e);
    }
  }

  /** The config keys {@code type} binds, relative to its section (nested records included). */
  public static List<String> keysOf(Class<? extends Record> type) {
    List<String> keys = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String key = Keys.kebab(component.getName());
      if (component.getType().isRecord() && parser(component.getType()) == null) {
        @SuppressWarnings("unchecked")
        Class<? extends Record> nested = (Class<? extends Record>) component.getType();
        for (String sub : keysOf(nested)) {
          keys.add(key + "." + sub);
        }
      } else {
        keys.add(key);
      }
    }
    return keys;
  }

  /**
   * The component the message names first (the longer name when two start at the same place,
   * e.g. {@code rootFpuReduction} over {@code fpuReduction}), else the first component.
   */
  private static String blamedComponent(RecordComponent[] components, String message) {
    String text = message == null ? "" : message;
    return java.util.Arrays.stream(components)
        .map(RecordComponent::getName)
        .filter(name -> firstMention(text, name) >= 0)
        .min(Comparator.comparingInt((String name) -> firstMention(text, name))
            .thenComparing(Comparator.comparingInt(String::length).reversed()))
        .orElse(components.length == 0 ? "?" : components[0].getName());
  }

  /** Where {@code word} first appears in {@code text} as a whole word, or -1. */
  private static int firstMention(String text, String word) {
    int at = text.indexOf(word);
    while (at >= 0) {
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + word.length();
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      at = text.indexOf(word, at + 1);
    }
    return -1;
  }

  private static Object read(Config config, String key, Class<?> type, Type generic) {
    try {
      if (type == int.class || type == Integer.class) {
        return config.getInt(key);
      }
      if (type == long.class || type == Long.class) {
        return config.getLong(key);
      }
      if (type == double.class || type == Double.class) {
        return config.getDouble(key);
      }
      if (type == float.class || type == Float.class) {
        return (float) config.getDouble(key);
      }
      if (type == boolean.class || type == Boolean.class) {
        return config.getBoolean(key);
      }
      if (type == String.class) {
        return config.getString(key);
      }
      if (type == Duration.class) {
        return config.getDuration(key);
      }
      if (type == Path.class) {
        return Path.of(config.getString(key));
      }
      if (type.isEnum()) {
        return enumValue(config, key, type);
      }
      if (type == List.class) {
        return list(config, key, generic);
      }
      Method parse = parser(type);
      if (parse != null) {
        return parseWith(parse, config, key);
      }
      if (type.isRecord()) {
        @SuppressWarnings("unchecked")
        Class<? extends Record> nested = (Class<? extends Record>) type;
        return bind(config, key, nested);
      }
    } catch (ConfigException.WrongType | ConfigException.BadValue e) {
      throw new ConfigError(Keys.describe(config, key) + ": expected " + expected(type), e);
    }
    throw new IllegalStateException("config binding does not support " + type.getName() + " (" + key + ")");
  }

  private static String expected(Class<?> type) {
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == Duration.class) {
      return "a duration such as 30s or 500ms";
    }
    if (type == List.class) {
      return "a list such as [1, 2]";
    }
    return "a " + type.getSimpleName();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Config config, String key, Class<?> type) {
    String text = config.getString(key).trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Object constant : type.getEnumConstants()) {
      if (((Enum) constant).name().equals(text)) {
        return constant;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      allowed.add(((Enum) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new ConfigError(Keys.describe(config, key) + ": expected one of " + allowed);
  }

  private static Object list(Config config, String key, Type generic) {
    Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
    if (element == Integer.class) {
      return List.copyOf(config.getIntList(key));
    }
    if (element == Long.class) {
      return List.copyOf(config.getLongList(key));
    }
    if (element == Double.class) {
      return List.copyOf(config.getDoubleList(key));
    }
    if (element == String.class) {
      return List.copyOf(config.getStringList(key));
    }
    throw new IllegalStateException("config binding does not support List<" + element + "> (" + key + ")");
  }

  /** The type's {@code public static T parse(String)}, or null. */
  static Method parser(Class<?> type) {
    try {
      Method parse = type.getMethod("parse", String.class);
      if (Modifier.isStatic(parse.getModifiers()) && type.isAssignableFrom(parse.getReturnType())) {
        return parse;
      }
    } catch (NoSuchMethodException e) {
      return null;
    }
    return null;
  }

  private static Object parseWith(Method parse, Config config, String key) {
    String text = config.getString(key);
    try {
      return parse.invoke(null, text);
    } catch (InvocationTargetException e) {
      throw new ConfigError(Keys.describe(config, key) + ": " + e.getCause().getMessage(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
