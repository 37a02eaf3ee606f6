package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /$/tasks}: the Fuseki UI's task list, always empty, since a read-only server runs no backups
 * or loads; without it the UI's tasks page waits for ever on a 404.
 */
final class TaskListing extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getPathInfo() != null && !req.getPathInfo().equals("/")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such task: this server runs none");
            return;
        }
        resp.setContentType("application/json;charset=utf-8");
        resp.getWriter().write("[]\n");
    }
}
