package org.newsgraph.store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.FileLoader;
import com.apicatalog.jsonld.loader.HttpLoader;
import com.apicatalog.jsonld.loader.SchemeRouter;
import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/**
 * Where a JSON-LD file's {@code @context} may come from. By default only from the file itself: a remote
 * or {@code file:} context is refused, so a load neither reaches the network nor reads other files;
 * {@link #FETCH} allows http(s) and file contexts, each fetch bounded by {@link #FETCH_TIMEOUT}.
 */
public enum JsonLdContexts {
    EMBEDDED_ONLY,
    FETCH;

    public static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    /** The parser context that makes Jena's JSON-LD reader (Titanium) load contexts this way. */
    Context parserContext() {
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(loader()));
        return context;
    }

    private DocumentLoader loader() {
        if (this == EMBEDDED_ONLY) {
            return (url, options) -> {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "@context <" + url
                        + "> not fetched: only contexts inside the file are read (load --fetch-jsonld-contexts allows it)");
            };
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        DocumentLoader web = new HttpLoader(http).timeout(FETCH_TIMEOUT);
        return new SchemeRouter().set("http", web).set("https", web).set("file", new FileLoader());
    }
}
