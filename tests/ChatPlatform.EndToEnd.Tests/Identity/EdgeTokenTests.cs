using System.Net.Http.Headers;
using System.Security.Cryptography;
using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Identity;

/// <summary>The gateway refuses bad tokens at the edge for /api/v1/chat/** with 401 problem+json.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EdgeTokenTests(PlatformFixture platform)
{
    private const string ProtectedPath = "/api/v1/chat/sessions";

    [Fact]
    public async Task Missing_token_is_401_with_a_bare_bearer_challenge()
    {
        using var client = platform.CreateClient();
        var response = await client.GetAsync(ProtectedPath);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Token_signed_by_another_key_with_the_real_kid_is_401()
    {
        using var client = platform.CreateClient();
        var jwks = (await client.GetFromJsonAsync<JsonObject>("/.well-known/jwks.json"))!;
        var realKid = jwks["keys"]!.AsArray().First()!["kid"]!.GetValue<string>();
        using var attackerKey = RSA.Create(2048);
        var forged = JwtForge.SignRs256(attackerKey, realKid, JwtForge.Claims(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(10)));

        await AssertRefusedAsync(forged);
    }

    [Fact]
    public async Task Unsigned_alg_none_token_is_401()
    {
        var unsigned = JwtForge.Unsigned(JwtForge.Claims(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(10)));
        await AssertRefusedAsync(unsigned);
    }

    [Fact]
    public async Task Garbage_token_is_401()
    {
        await AssertRefusedAsync("not.a.jwt");
    }

    private async Task AssertRefusedAsync(string token)
    {
        using var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.GetAsync(ProtectedPath);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.StartsWith("error=\"invalid_token\"", challenge.Parameter);
    }
}
