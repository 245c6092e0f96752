package io.aftercert.server;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One operation of the API: what Javalin routes and what the OpenAPI document describes, from the
 * same entry, so the two cannot drift apart.
 *
 * @param method      GET or POST
 * @param path        the path, with {@code {name}} parameters
 * @param id          the OpenAPI operationId
 * @param summary     one line for the document
 * @param access      {@code public}, {@code any} (any token), {@code admin} or {@code organization}
 * @param query       query parameters: name, description
 * @param requestTypes media types of the request body (empty: none)
 * @param status      the success status
 * @param responseTypes media types of the success response
 * @param schema      the component schema of a JSON success response (null: none or the SDK's own)
 * @param handler     what runs
 */
record Op(String method, String path, String id, String summary, String access, List<String[]> query, List<String> requestTypes,
        int status, List<String> responseTypes, String schema, Handler handler) {
}
