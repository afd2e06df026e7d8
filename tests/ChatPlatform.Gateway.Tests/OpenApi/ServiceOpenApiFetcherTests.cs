using ChatPlatform.Gateway.OpenApi;
using ChatPlatform.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace ChatPlatform.Gateway.Tests.OpenApi;

public sealed class ServiceOpenApiFetcherTests
{
    private static readonly JsonObject Document = new() { ["openapi"] = "3.1.1", ["paths"] = new JsonObject() };

    [Fact]
    public async Task A_service_that_stops_answering_keeps_its_last_document_for_a_while()
    {
        var service = await FakeService.StartAsync("identity", openApi: Document);
        var fetcher = Fetcher(service.Url, keepLastGoodSeconds: 300);
        Assert.Single(await fetcher.FetchAllAsync(CancellationToken.None));

        await service.DisposeAsync();

        var documents = await fetcher.FetchAllAsync(CancellationToken.None);
        Assert.Equal("identity", Assert.Single(documents).Service);
    }

    [Fact]
    public async Task A_service_that_is_down_is_skipped_once_its_last_document_is_too_old()
    {
        var service = await FakeService.StartAsync("identity", openApi: Document);
        var fetcher = Fetcher(service.Url, keepLastGoodSeconds: 0);
        Assert.Single(await fetcher.FetchAllAsync(CancellationToken.None));

        await service.DisposeAsync();
        await Task.Delay(10);

        Assert.Empty(await fetcher.FetchAllAsync(CancellationToken.None));
    }

    private static ServiceOpenApiFetcher Fetcher(string address, int keepLastGoodSeconds)
    {
        var clusters = new[]
        {
            new ClusterConfig
            {
                ClusterId = "identity",
                Destinations = new Dictionary<string, DestinationConfig> { ["identity"] = new() { Address = address } },
            },
        };
        var settings = new OpenApiSettings { FetchTimeoutSeconds = 2, KeepLastGoodSeconds = keepLastGoodSeconds };
        return new ServiceOpenApiFetcher(new PlainHttpClientFactory(), new InMemoryConfigProvider([], clusters),
            Options.Create(settings), TimeProvider.System, NullLogger<ServiceOpenApiFetcher>.Instance);
    }

    private sealed class PlainHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
