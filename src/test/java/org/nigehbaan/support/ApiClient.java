package org.nigehbaan.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running service over real HTTP, as border counters and partners do: HTTP Basic, JSON in and out.
 */
@TestComponent
public class ApiClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Environment env;

    /** A client of the instance whose environment this is (its {@code local.server.port}). */
    public ApiClient(Environment env) {
        this.env = env;
    }

    /** A response: status, raw body, and the body as JSON when it is JSON. */
    public record Response(int status, String body, String contentType) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + env.getProperty("local.server.port");
    }

    public Response get(String username, String path) {
        return send(username, "GET", path, null, null);
    }

    public Response post(String username, String path, Object body) {
        return send(username, "POST", path, body == null ? null : (body instanceof String s ? s : JSON.writeValueAsString(body)),
                "application/json");
    }

    public Response postRaw(String username, String path, String body, String contentType) {
        return send(username, "POST", path, body, contentType);
    }

    public Response send(String username, String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(120));
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((username + ":" + TestUsers.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        b.header("Accept", "application/json");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("request " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object o) {
        return JSON.writeValueAsString(o);
    }
}
