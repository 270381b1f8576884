package org.sendclock.sen2;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** One failure of one rule: the case it fails for (null for the header), and what the record says. */
public record Sen2Failure(Sen2Rule rule, String caseRef, String detail) {

    /** Where to put it right: the case page at the part that holds the item. */
    public String fixAt() {
        return caseRef == null || rule.anchor() == null ? null
                : "/cases/" + UriUtils.encodePathSegment(caseRef, StandardCharsets.UTF_8) + "#" + rule.anchor();
    }
}
