package org.sendclock.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A path with its query written out, values form-encoded ("52+" becomes "52%2B"), parameters without a value left
 * out. The performance page's links carry measures, months and dates only: never a case reference or a name.
 */
final class Links {

    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();

    private Links(String path) {
        this.path = path;
    }

    static Links to(String path) {
        return new Links(path);
    }

    Links with(String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            query.put(name, value.toString());
        }
        return this;
    }

    @Override
    public String toString() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
