using System.Text.Json.Nodes;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>The OpenAPI document one service published, named after its YARP cluster.</summary>
public sealed record ServiceDocument(string Service, JsonObject Document);
