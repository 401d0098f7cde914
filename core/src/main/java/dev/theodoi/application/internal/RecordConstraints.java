package dev.theodoi.application.internal;

import dev.theodoi.application.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The constraints of the library's command records, checked without a Jakarta Validation provider: NotNull,
 * NotBlank, NotEmpty, Size, Positive, PositiveOrZero, Min, Max on record components, and Valid to descend into
 * a nested record or the records of a collection. Used only when the host has no provider.
 */
final class RecordConstraints {
  private RecordConstraints() {}

  static List<Violation> check(Object command) {
    List<Violation> out = new ArrayList<>();
    check(command, "", out);
    out.sort(Comparator.comparing(Violation::field).thenComparing(Violation::code));
    return out;
  }

  static Violation sizeViolation(String field, int min, int max) {
    if (min <= 0) {
      return Violation.of(field, "size.max", max);
    }
    if (max == Integer.MAX_VALUE) {
      return Violation.of(field, "size.min", min);
    }
    return Violation.of(field, "size.range", min, max);
  }

  private static void check(Object value, String prefix, List<Violation> out) {
    Class<?> type = value.getClass();
    if (!type.isRecord()) {
      return;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      Field f;
      Object v;
      try {
        f = type.getDeclaredField(c.getName());
        v = c.getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
      }
      String path = prefix + c.getName();
      checkField(f, v, path, out);
      if (v != null && f.isAnnotationPresent(Valid.class)) {
        if (v instanceof Collection<?> items) {
          int i = 0;
          for (Object item : items) {
            if (item != null) {
              check(item, path + "[" + i + "].", out);
            }
            i++;
          }
        } else {
          check(v, path + ".", out);
        }
      }
    }
  }

  private static void checkField(Field f, Object v, String path, List<Violation> out) {
    if (v == null) {
      if (f.isAnnotationPresent(NotNull.class) || f.isAnnotationPresent(NotBlank.class)
          || f.isAnnotationPresent(NotEmpty.class)) {
        out.add(Violation.of(path, "required"));
      }
      return;
    }
    if (f.isAnnotationPresent(NotBlank.class) && v instanceof CharSequence s && s.toString().isBlank()) {
      out.add(Violation.of(path, "blank"));
    }
    if (f.isAnnotationPresent(NotEmpty.class) && size(v) == 0) {
      out.add(Violation.of(path, "empty"));
    }
    Size size = f.getAnnotation(Size.class);
    if (size != null && size(v) >= 0 && (size(v) < size.min() || size(v) > size.max())) {
      out.add(sizeViolation(path, size.min(), size.max()));
    }
    if (v instanceof Number n) {
      long x = n.longValue();
      if (f.isAnnotationPresent(Positive.class) && x <= 0) {
        out.add(Violation.of(path, "positive"));
      }
      if (f.isAnnotationPresent(PositiveOrZero.class) && x < 0) {
        out.add(Violation.of(path, "positive.or.zero"));
      }
      Min min = f.getAnnotation(Min.class);
      if (min != null && x < min.value()) {
        out.add(Violation.of(path, "min", min.value()));
      }
      Max max = f.getAnnotation(Max.class);
      if (max != null && x > max.value()) {
        out.add(Violation.of(path, "max", max.value()));
      }
    }
  }

  private static int size(Object v) {
    if (v instanceof CharSequence s) {
      return s.length();
    }
    if (v instanceof Collection<?> c) {
      return c.size();
    }
    return -1;
  }
}
