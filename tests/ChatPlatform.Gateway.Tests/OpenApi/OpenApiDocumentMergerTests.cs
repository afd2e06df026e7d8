using ChatPlatform.Gateway.OpenApi;

namespace ChatPlatform.Gateway.Tests.OpenApi;

public sealed class OpenApiDocumentMergerTests
{
    private static readonly JsonObject Planned = PlannedOpenApiDocument.Build(PlannedApi.Operations);

    [Fact]
    public void Service_operation_replaces_the_planned_one_under_the_contract_path_and_parameter_names()
    {
        var service = Document("""
            { "paths": { "/api/v1/chat/sessions/{sessionId}/participants/{userId}": { "delete": {
                "summary": "real", "parameters": [
                  { "name": "sessionId", "in": "path", "required": true },
                  { "name": "userId", "in": "path", "required": true },
                  { "name": "userId", "in": "query" } ],
                "responses": { "204": { "description": "No Content" } } } } } }
            """);

        var merged = OpenApiDocumentMerger.Merge(Planned, [new("sessions", service)]);

        var paths = merged["paths"]!.AsObject();
        Assert.False(paths.ContainsKey("/api/v1/chat/sessions/{sessionId}/participants/{userId}"));
        var operation = paths["/api/v1/chat/sessions/{id}/participants/{user_id}"]!["delete"]!;
        Assert.Equal("real", operation["summary"]!.GetValue<string>());
        var names = operation["parameters"]!.AsArray().Select(p => $"{p!["in"]}:{p["name"]}").ToArray();
        Assert.Equal(["path:id", "path:user_id", "query:userId"], names);
    }

    [Fact]
    public void Planned_operations_a_service_does_not_serve_yet_stay()
    {
        var service = Document("""{ "paths": { "/api/v1/chat/canned-responses/{id}": { "put": { "summary": "real put" } } } }""");

        var merged = OpenApiDocumentMerger.Merge(Planned, [new("sessions", service)]);

        var item = merged["paths"]!["/api/v1/chat/canned-responses/{id}"]!;
        Assert.Equal("real put", item["put"]!["summary"]!.GetValue<string>());
        Assert.NotNull(item["delete"]);
    }

    [Fact]
    public void Internal_paths_and_service_servers_are_not_published()
    {
        var service = Document("""
            { "servers": [ { "url": "http://localhost:5123" } ],
              "paths": { "/internal/reindex": { "post": {} },
                         "/api/v1/chat/search": { "servers": [ { "url": "http://localhost:5123" } ], "get": { "summary": "real" } } } }
            """);

        var merged = OpenApiDocumentMerger.Merge(Planned, [new("messages", service)]);

        Assert.Null(merged["paths"]!["/internal/reindex"]);
        Assert.Equal("/", merged["servers"]!.AsArray().Single()!["url"]!.GetValue<string>());
        Assert.Null(merged["paths"]!["/api/v1/chat/search"]!["servers"]);
    }

    [Fact]
    public void Every_operation_lists_what_the_gateway_itself_answers()
    {
        var moderation = Document("""
            { "paths": { "/api/v1/chat/block": { "post": { "requestBody": { "content": {} },
                "responses": { "200": { "description": "OK" }, "400": { "description": "the service's own" } } } } } }
            """);
        var identity = Document("""{ "paths": { "/api/v1/auth/login": { "post": { "responses": { "200": { "description": "OK" } } } } } }""");

        var merged = OpenApiDocumentMerger.Merge(Planned, [new("moderation", moderation), new("identity", identity)]);

        var block = merged["paths"]!["/api/v1/chat/block"]!["post"]!["responses"]!.AsObject();
        Assert.Equal(["200", "400", "401", "413", "429", "503", "504"], block.Select(r => r.Key).Order());
        Assert.Equal("the service's own", block["400"]!["description"]!.GetValue<string>());
        Assert.Equal("#/components/responses/RateLimited", block["429"]!["$ref"]!.GetValue<string>());
        var login = merged["paths"]!["/api/v1/auth/login"]!["post"]!["responses"]!.AsObject();
        Assert.DoesNotContain("401", login.Select(r => r.Key));
        Assert.Equal("#/components/schemas/Problem",
            merged["components"]!["responses"]!["RateLimited"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void Clashing_schema_names_are_prefixed_and_references_follow()
    {
        var identity = Document("""
            { "paths": { "/api/v1/auth/me": { "get": { "responses": { "200": { "content": { "application/json": {
                "schema": { "$ref": "#/components/schemas/User" } } } } } } } },
              "components": { "schemas": { "User": { "type": "object", "properties": { "email": { "type": "string" } } },
                                           "Shared": { "type": "string" } } } }
            """);
        var sessions = Document("""
            { "paths": { "/api/v1/chat/sessions/{id}/participants": { "get": { "responses": { "200": { "content": { "application/json": {
                "schema": { "type": "array", "items": { "$ref": "#/components/schemas/User" } } } } } } } } },
              "components": { "schemas": { "User": { "type": "object", "properties": { "user_id": { "type": "string" } } },
                                           "Shared": { "type": "string" } } } }
            """);

        var merged = OpenApiDocumentMerger.Merge(Planned, [new("sessions", sessions), new("identity", identity)]);

        var schemas = merged["components"]!["schemas"]!.AsObject();
        Assert.NotNull(schemas["User"]!["properties"]!["email"]);
        Assert.NotNull(schemas["SessionsUser"]!["properties"]!["user_id"]);
        Assert.Null(schemas["SessionsShared"]);
        var participantsRef = merged["paths"]!["/api/v1/chat/sessions/{id}/participants"]!["get"]!["responses"]!["200"]!
            ["content"]!["application/json"]!["schema"]!["items"]!["$ref"]!.GetValue<string>();
        Assert.Equal("#/components/schemas/SessionsUser", participantsRef);
    }

    [Fact]
    public void Chat_operations_without_security_get_the_bearer_requirement_the_gateway_enforces()
    {
        var service = Document("""{ "paths": { "/api/v1/chat/blocks": { "get": {} }, "/api/v1/auth/login": { "post": {} } } }""");

        var merged = OpenApiDocumentMerger.Merge(Planned, [new("moderation", service)]);

        Assert.NotNull(merged["paths"]!["/api/v1/chat/blocks"]!["get"]!["security"]?[0]?["bearer"]);
        Assert.Null(merged["paths"]!["/api/v1/auth/login"]!["post"]!["security"]);
    }

    [Fact]
    public void Merging_leaves_the_inputs_untouched()
    {
        var service = Document("""{ "paths": { "/api/v1/chat/blocks": { "get": { "summary": "real" } } } }""");
        var plannedBefore = Planned.ToJsonString();
        var serviceBefore = service.ToJsonString();

        OpenApiDocumentMerger.Merge(Planned, [new("moderation", service)]);

        Assert.Equal(plannedBefore, Planned.ToJsonString());
        Assert.Equal(serviceBefore, service.ToJsonString());
    }

    private static JsonObject Document(string json) => JsonNode.Parse(json)!.AsObject();
}
