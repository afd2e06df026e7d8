namespace ChatPlatform.Gateway.Tests.Infrastructure;

public static class Problems
{
    /// <summary>Asserts a SPEC.md problem response and returns its body.</summary>
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(code, problem["code"]?.GetValue<string>());
        Assert.Equal((int)status, problem["status"]?.GetValue<int>());
        foreach (var field in new[] { "type", "title", "detail", "trace_id" })
        {
            Assert.False(string.IsNullOrEmpty(problem[field]?.GetValue<string>()), $"problem.{field} is missing");
        }
        return problem;
    }
}
