using System.Net.Http.Headers;

namespace ChatPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// Calls the gateway as one client and hands every answer to the <see cref="OpenApiContract"/> under the operation's
/// template. A 429 from the gateway's shared limits is checked like any answer, then waited out and retried, so a busy
/// run does not change which answer a step gets.
/// </summary>
public sealed class ContractCaller(OpenApiContract contract, HttpClient client)
{
    public OpenApiContract Contract => contract;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string template, string path, object? body = null, HttpContent? content = null,
        Action<HttpRequestHeaders>? headers = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path) { Content = content ?? (body is null ? null : JsonContent.Create(body)) };
            headers?.Invoke(request.Headers);
            var response = await client.SendAsync(request);
            await contract.CheckAsync(response, method.Method, template);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 5 || content is not null)
            {
                return response;
            }
            await Task.Delay(TimeSpan.FromSeconds((response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 1) + 0.1));
        }
    }

    public Task<HttpResponseMessage> GetAsync(string template, string path) => SendAsync(HttpMethod.Get, template, path);

    public Task<HttpResponseMessage> PostAsync(string template, string path, object? body = null) => SendAsync(HttpMethod.Post, template, path, body);

    public Task<HttpResponseMessage> PutAsync(string template, string path, object body) => SendAsync(HttpMethod.Put, template, path, body);

    public Task<HttpResponseMessage> PatchAsync(string template, string path, object body) => SendAsync(HttpMethod.Patch, template, path, body);

    public Task<HttpResponseMessage> DeleteAsync(string template, string path) => SendAsync(HttpMethod.Delete, template, path);
}
