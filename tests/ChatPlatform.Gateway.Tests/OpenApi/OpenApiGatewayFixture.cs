using ChatPlatform.Gateway.Tests.Infrastructure;

namespace ChatPlatform.Gateway.Tests.OpenApi;

/// <summary>The gateway where identity publishes an OpenAPI document and the other services publish none.</summary>
public sealed class OpenApiGatewayFixture : GatewayFixture
{
    public const string RegisterSummary = "Register (from identity's own document)";

    protected override JsonObject? OpenApiDocumentFor(string service) => service != "identity" ? null : new JsonObject
    {
        ["openapi"] = "3.1.1",
        ["info"] = new JsonObject { ["title"] = "ChatPlatform.Identity", ["version"] = "1.0.0" },
        ["paths"] = new JsonObject
        {
            ["/api/v1/auth/register"] = new JsonObject
            {
                ["post"] = new JsonObject
                {
                    ["summary"] = RegisterSummary,
                    ["responses"] = new JsonObject { ["201"] = new JsonObject { ["description"] = "Created" } },
                },
            },
        },
    };
}
