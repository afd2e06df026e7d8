using System.Security.Cryptography;
using System.Text;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>Lets a call through only with the internal API key in its header (compared in constant time); else 401.</summary>
internal sealed class InternalApiKeyFilter(IOptions<InternalApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsValid(context.HttpContext.Request.Headers[InternalApiOptions.HeaderName].ToString())
            ? await next(context)
            : Problem.Unauthorized("This endpoint is for other ChatPlatform services: the internal API key is missing or wrong.");

    private bool IsValid(string presented) =>
        options.Value.Key is { Length: > 0 } key
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(key));
}
