namespace ChatPlatform.EndToEnd.Tests.Contract;

internal static class ContractAssert
{
    /// <summary>The answer a scenario step needs to go on; its shape was checked against the document already.</summary>
    public static async Task<JsonObject> IsAsync(this Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        var isJson = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true;
        return !isJson || body.Length == 0 ? [] : JsonNode.Parse(body) as JsonObject ?? new JsonObject { ["value"] = JsonNode.Parse(body) };
    }

    public static string Id(this JsonNode node, string field = "id") => node[field]!.GetValue<string>();
}
