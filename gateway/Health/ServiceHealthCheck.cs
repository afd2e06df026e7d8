using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatPlatform.Gateway.Health;

/// <summary>
/// Whether the service behind one of the gateway's clusters answers its own <c>/health</c>. Registered as Degraded on
/// failure, never Unhealthy: the gateway still serves every other service, so it must stay in rotation; its
/// <c>/health</c> says which service is down.
/// </summary>
internal sealed class ServiceHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public const string HttpClientName = "service-health";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).GetAsync($"http://{service}/health", timeout.Token);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, $"{service} answered {(int)response.StatusCode}.");
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{service} is not reachable.");
        }
    }
}
