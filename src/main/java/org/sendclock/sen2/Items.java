package org.sendclock.sen2;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a module as it is written: each item's value already in the DfE's coding (dates ISO, flags 1/0,
 * codes as letters), null where the item is empty. Only the module's own items may be set, so a misspelt name fails
 * at once rather than vanishing from the file.
 */
public final class Items {

    private final Sen2Module module;
    private final Map<String, String> values = new LinkedHashMap<>();

    public Items(Sen2Module module) {
        this.module = module;
    }

    public Items put(String item, Object value) {
        if (!module.items().contains(item)) {
            throw new IllegalArgumentException(item + " is not an item of module " + module.number());
        }
        values.put(item, value == null ? null : value.toString());
        return this;
    }

    public Items flag(String item, Boolean value) {
        return put(item, value == null ? null : value ? "1" : "0");
    }

    public String get(String item) {
        return values.get(item);
    }

    public boolean has(String item) {
        String value = values.get(item);
        return value != null && !value.isEmpty();
    }

    /** The item as a date; null when empty (every date this class holds was written from a LocalDate). */
    public LocalDate date(String item) {
        return has(item) ? LocalDate.parse(values.get(item)) : null;
    }

    public Sen2Module module() {
        return module;
    }

    /** The values in the module's item order, empty ones as null: a CSV row or the XML elements. */
    public List<String> inOrder() {
        return module.items().stream().map(values::get).toList();
    }

    /** A copy to change in a test or a correction without touching the original. */
    public Items copy() {
        Items copy = new Items(module);
        copy.values.putAll(values);
        return copy;
    }
}
