using Microsoft.Extensions.Options;

namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>Adds the internal API key to every request of an HTTP client that calls another service's internal endpoints.</summary>
internal sealed class InternalApiKeyHandler(IOptions<InternalApiOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (options.Value.Key is { Length: > 0 } key)
        {
            request.Headers.TryAddWithoutValidation(InternalApiOptions.HeaderName, key);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
