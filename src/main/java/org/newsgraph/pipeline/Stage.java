package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;

/** One step of the converter: reads some annotations of a document and returns it with more. */
public interface Stage {

    /** What the document must already carry. */
    Set<Annotation> requires();

    /** What this stage adds. */
    Set<Annotation> provides();

    Document apply(Document document);

    default String name() {
        return getClass().getSimpleName();
    }
}
