namespace ChatPlatform.Bench.Http;

/// <summary>
/// One HttpClient per target (the gateway, or Messages' replicas), with a connection for every closed-loop client.
/// Several addresses (each replica's own) take the requests in turn, as the gateway's round robin over them does.
/// </summary>
public static class HttpTargetClient
{
    public static HttpClient Create(IReadOnlyList<Uri> addresses, int concurrency)
    {
        HttpMessageHandler handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            UseCookies = false,
        };
        if (addresses.Count > 1)
        {
            handler = new RoundRobinHandler(addresses) { InnerHandler = handler };
        }
        return new HttpClient(handler)
        {
            BaseAddress = addresses[0],
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Sends each request to the next address in turn (same path and query).</summary>
    private sealed class RoundRobinHandler(IReadOnlyList<Uri> addresses) : DelegatingHandler
    {
        private int _next = -1;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var target = addresses[(int)((uint)Interlocked.Increment(ref _next) % (uint)addresses.Count)];
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
