using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatPlatform.Identity.Tests.Infrastructure;

/// <summary>The real Identity service (its Program, on Kestrel) wired to the test's PostgreSQL and RabbitMQ.</summary>
public sealed class IdentityApplication(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
