using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Contract;

/// <summary>The served <c>/openapi.json</c> against its checked-in copy and against the static rules of <see cref="OpenApiLint"/>.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiDocumentTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_served_document_is_the_checked_in_one()
    {
        var served = await ServedDocument.GetCompleteAsync(platform);
        if (CheckedInDocument.UpdateRequested)
        {
            await File.WriteAllTextAsync(CheckedInDocument.Path, served);
        }
        var checkedIn = File.Exists(CheckedInDocument.Path) ? await File.ReadAllTextAsync(CheckedInDocument.Path) : "";
        if (served != checkedIn)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CheckedInDocument.ArtifactPath)!);
            await File.WriteAllTextAsync(CheckedInDocument.ArtifactPath, served);
            Assert.Fail($"The gateway's /openapi.json differs from {CheckedInDocument.Path}. The served one is in {CheckedInDocument.ArtifactPath}: " +
                "review the difference, then run scripts/export-openapi.sh (or this test with " +
                $"{CheckedInDocument.UpdateVariable}=1) to update the checked-in copy, and regenerate the client.");
        }
    }

    [Fact]
    public async Task Every_operation_and_schema_is_typed_with_problem_errors()
    {
        var document = JsonNode.Parse(await ServedDocument.GetCompleteAsync(platform))!.AsObject();

        var problems = OpenApiLint.Check(document);

        Assert.True(problems.Count == 0, $"{problems.Count} problems in /openapi.json:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task The_lint_refuses_the_faults_the_document_once_had()
    {
        var document = JsonNode.Parse(await ServedDocument.GetCompleteAsync(platform))!.AsObject();
        var send = document["paths"]!["/api/v1/chat/sessions/{id}/messages"]!["post"]!.AsObject();
        send["responses"]!["400"]!["content"]!["application/problem+json"]!["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/ProblemDetails" };
        send.Remove("security");
        document["components"]!["schemas"]!["SendMessageRequest"]!["properties"]!["content"] = new JsonObject();
        document["components"]!["schemas"]!["MessageResponse"]!["properties"]!["metadata"] = JsonNode.Parse("""{"oneOf":[{"type":"null"},{}]}""");
        document["paths"]!["/api/v1/chat/sessions"]!["get"]!["parameters"]!.AsArray().Add(JsonNode.Parse("""{"name":"Limit","in":"query","schema":{"type":"integer"}}"""));
        document.Remove("servers");

        var problems = OpenApiLint.Check(document);

        Assert.Contains(problems, p => p.Contains("POST /api/v1/chat/sessions/{id}/messages: 400 is not an application/problem+json Problem"));
        Assert.Contains(problems, p => p.Contains("POST /api/v1/chat/sessions/{id}/messages: a chat operation without a security requirement"));
        Assert.Contains(problems, p => p.Contains("SendMessageRequest.content: no type"));
        Assert.Contains(problems, p => p.Contains("MessageResponse.metadata: oneOf with an empty schema"));
        Assert.Contains(problems, p => p.Contains("query parameter Limit"));
        Assert.Contains(problems, p => p.Contains("no servers"));
    }
}
