using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>
/// Fetches each service's OpenAPI document from its cluster address (<c>http://sessions/openapi/v1.json</c>,
/// resolved by service discovery). A service that is absent, down or slow is skipped, unless it answered within
/// <c>OpenApi:KeepLastGoodSeconds</c>: then its last document stands in, so one slow answer does not blank it out.
/// </summary>
public sealed class ServiceOpenApiFetcher(
    IHttpClientFactory httpClientFactory,
    IProxyConfigProvider proxyConfig,
    IOptions<OpenApiSettings> settings,
    TimeProvider time,
    ILogger<ServiceOpenApiFetcher> logger)
{
    public const string HttpClientName = "openapi";

    private readonly ConcurrentDictionary<string, (ServiceDocument Document, DateTimeOffset FetchedAt)> _lastGood = new();

    public async Task<IReadOnlyList<ServiceDocument>> FetchAllAsync(CancellationToken cancellationToken)
    {
        var services = proxyConfig.GetConfig().Clusters
            .Select(cluster => (cluster.ClusterId, Address: cluster.Destinations?.Values.FirstOrDefault()?.Address))
            .Where(cluster => cluster.Address is not null);

        var documents = await Task.WhenAll(services.Select(cluster => FetchAsync(cluster.ClusterId, cluster.Address!, cancellationToken)));
        return documents.OfType<ServiceDocument>().ToArray();
    }

    private async Task<ServiceDocument?> FetchAsync(string service, string address, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.Value.FetchTimeoutSeconds));
        var uri = new Uri(new Uri(address), settings.Value.DocumentPath);
        try
        {
            using var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.GetAsync(uri, timeout.Token);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            if (await JsonNode.ParseAsync(body, cancellationToken: timeout.Token) is JsonObject document)
            {
                var fetched = new ServiceDocument(service, document);
                _lastGood[service] = (fetched, time.GetUtcNow());
                return fetched;
            }
            logger.LogWarning("The OpenAPI document of {Service} at {Uri} is not a JSON object", service, uri);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException
            && !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("No OpenAPI document from {Service} at {Uri} ({Reason})", service, uri, exception.Message);
        }
        return LastGood(service);
    }

    private ServiceDocument? LastGood(string service) =>
        _lastGood.TryGetValue(service, out var last)
        && time.GetUtcNow() - last.FetchedAt <= TimeSpan.FromSeconds(settings.Value.KeepLastGoodSeconds)
            ? last.Document
            : null;
}
