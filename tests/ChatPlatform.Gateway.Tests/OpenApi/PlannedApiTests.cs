using ChatPlatform.Gateway.OpenApi;
using ChatPlatform.Gateway.Tests.Infrastructure;

namespace ChatPlatform.Gateway.Tests.OpenApi;

public sealed class PlannedApiTests
{
    [Fact]
    public void Planned_document_covers_every_path_of_the_contract_and_the_web_apps_additions_and_nothing_else()
    {
        var paths = PlannedOpenApiDocument.Build(PlannedApi.Operations)["paths"]!.AsObject().Select(path => path.Key);

        Assert.Equal(SpecPaths.All.Concat(SpecPaths.BeyondSpec).Order(), paths.Order());
    }

    [Fact]
    public void Every_path_parameter_is_declared()
    {
        foreach (var (path, item) in PlannedOpenApiDocument.Build(PlannedApi.Operations)["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var declared = operation!["parameters"]!.AsArray()
                    .Where(p => p!["in"]!.GetValue<string>() == "path").Select(p => p!["name"]!.GetValue<string>());
                Assert.Equal(OpenApiPathTemplate.ParameterNames(path), declared);
            }
        }
    }

    [Theory]
    [InlineData("/api/v1/auth/login", "post", true)]
    [InlineData("/.well-known/jwks.json", "get", true)]
    [InlineData("/api/v1/auth/me", "get", false)]
    [InlineData("/api/v1/chat/sessions", "get", false)]
    public void Only_anonymous_operations_go_without_a_token(string path, string method, bool anonymous)
    {
        var security = PlannedOpenApiDocument.Build(PlannedApi.Operations)["paths"]![path]![method]!["security"]!.AsArray();

        Assert.Equal(anonymous, security.Count == 0);
    }
}
