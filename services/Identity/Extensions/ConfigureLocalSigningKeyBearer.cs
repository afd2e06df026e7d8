using ChatPlatform.Identity.Application.SigningKeys;
using ChatPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChatPlatform.Identity.Extensions;

/// <summary>
/// Identity validates its own tokens with the keys it holds instead of fetching its own discovery document over
/// HTTP (<see cref="JwtOptions.MetadataAddress"/>): no request to itself while starting, no dependency on service
/// discovery resolving <c>identity</c>. Everything else (issuer, audience, RS256 only, problem+json) stays as
/// <c>AddChatAuthentication</c> configured it.
/// </summary>
internal sealed class ConfigureLocalSigningKeyBearer(SigningKeyStore keys, IOptions<JwtOptions> jwt) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }
        options.Configuration = new OpenIdConnectConfiguration { Issuer = jwt.Value.Issuer };
        options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => keys.ValidationKeys;
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
