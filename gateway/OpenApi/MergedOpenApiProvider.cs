using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>The merged document, rebuilt at most every <c>OpenApi:CacheSeconds</c> so services coming up show soon.</summary>
public sealed class MergedOpenApiProvider(ServiceOpenApiFetcher fetcher, IOptions<OpenApiSettings> settings, TimeProvider time)
{
    private readonly JsonObject _planned = PlannedOpenApiDocument.Build(PlannedApi.Operations);
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private (string Json, DateTimeOffset Expires)? _cached;

    public async Task<string> GetJsonAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } json)
        {
            return json;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } rebuiltMeanwhile)
            {
                return rebuiltMeanwhile;
            }
            var services = await fetcher.FetchAllAsync(cancellationToken);
            var merged = CanonicalJson.Write(OpenApiDocumentMerger.Merge(_planned, services));
            _cached = (merged, time.GetUtcNow().AddSeconds(settings.Value.CacheSeconds));
            return merged;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private string? Fresh() => _cached is { } cached && cached.Expires > time.GetUtcNow() ? cached.Json : null;
}
