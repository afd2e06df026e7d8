namespace ChatPlatform.ServiceDefaults.Discovery;

/// <summary>
/// Service discovery signals "no replica of that service is running" with an <see cref="InvalidOperationException"/>;
/// callers handle an unreachable peer as <see cref="HttpRequestException"/>, so this turns the one into the other (and
/// the resilience pipeline outside it treats it as the transient connection failure it is).
/// </summary>
internal sealed class NoReplicaHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (InvalidOperationException exception) when (IsNoEndpoints(exception))
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, $"No replica of {request.RequestUri?.Host} is running.", exception);
        }
    }

    private static bool IsNoEndpoints(InvalidOperationException exception) =>
        exception.Message.Contains("no endpoints", StringComparison.OrdinalIgnoreCase);
}
