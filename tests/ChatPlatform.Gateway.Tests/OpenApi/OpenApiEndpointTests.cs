using System.Text.RegularExpressions;
using ChatPlatform.Gateway.Tests.Infrastructure;

namespace ChatPlatform.Gateway.Tests.OpenApi;

public sealed class OpenApiEndpointTests(OpenApiGatewayFixture gateway) : IClassFixture<OpenApiGatewayFixture>
{
    [Fact]
    public async Task Openapi_json_lists_every_public_path_while_most_services_are_absent()
    {
        var document = (await gateway.Client.GetFromJsonAsync<JsonObject>("/openapi.json"))!;

        var paths = document["paths"]!.AsObject();
        Assert.All(SpecPaths.All, path => Assert.True(paths.ContainsKey(path), $"{path} is missing"));
    }

    [Fact]
    public async Task A_running_service_describes_its_own_operations()
    {
        var document = (await gateway.Client.GetFromJsonAsync<JsonObject>("/openapi.json"))!;

        Assert.Equal(OpenApiGatewayFixture.RegisterSummary, document["paths"]?["/api/v1/auth/register"]?["post"]?["summary"]?.GetValue<string>());
    }

    [Fact]
    public async Task Docs_page_renders_the_merged_document()
    {
        var html = await gateway.Client.GetStringAsync("/docs");

        Assert.Contains("openapi.json", html);
        Assert.Contains("scalar", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The bundle the gateway's build makes from clients/web: index.html and the script it names.</summary>
    [Fact]
    public async Task Root_serves_the_web_client()
    {
        using var response = await gateway.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var script = Regex.Match(await response.Content.ReadAsStringAsync(), "<script[^>]+src=\"(/assets/[^\"]+\\.js)\"");
        Assert.True(script.Success, "index.html names no bundled script");
        Assert.Contains("/api/v1/auth/login", await gateway.Client.GetStringAsync(script.Groups[1].Value));
    }
}
