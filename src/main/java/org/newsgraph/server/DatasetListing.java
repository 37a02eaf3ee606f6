package org.newsgraph.server;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.ctl.ActionContainerItem;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code GET /$/datasets[/name]}: the dataset list the web UI reads, described as Fuseki's own
 * dataset-management servlet describes it, but with no way to add, change or delete a dataset.
 */
final class DatasetListing extends ActionContainerItem {

    @Override
    public void validate(HttpAction action) {
        // nothing to check: a GET takes no parameters, and every other method is refused below
    }

    @Override
    protected JsonValue execGetContainer(HttpAction action) {
        JsonBuilder builder = new JsonBuilder();
        builder.startObject("D");
        builder.key("datasets");
        JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
        builder.finishObject("D");
        return builder.build();
    }

    @Override
    protected JsonValue execGetItem(HttpAction action) {
        String name = getItemDatasetName(action);
        DataAccessPoint access = getItemDataAccessPoint(action, name);
        if (access == null) {
            ServletOps.errorNotFound("Not found: dataset " + name);
        }
        JsonBuilder builder = new JsonBuilder();
        JsonDescription.describe(builder, access);
        return builder.build();
    }

    @Override
    protected JsonValue execPostContainer(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST " + action.getRequestRequestURI());
        return null;
    }

    @Override
    protected JsonValue execPostItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST " + action.getRequestRequestURI());
        return null;
    }

    @Override
    protected void execDeleteContainer(HttpAction action) {
        ServletOps.errorMethodNotAllowed("DELETE " + action.getRequestRequestURI());
    }

    @Override
    protected void execDeleteItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed("DELETE " + action.getRequestRequestURI());
    }
}
