using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.AppHost.Hosting;

public static class ReadyAnnouncementExtensions
{
    /// <summary>
    /// Once every resource is healthy, prints to stdout
    /// <c>ChatPlatform is ready: gateway &lt;url&gt;, dashboard &lt;url&gt;</c> and a
    /// <c>&lt;account&gt;: &lt;email&gt; / &lt;password&gt;</c> line per account.
    /// </summary>
    public static IDistributedApplicationBuilder AnnounceWhenReady<T>(
        this IDistributedApplicationBuilder builder, IResourceBuilder<T> gateway, params SeedAccount[] accounts)
        where T : IResourceWithEndpoints
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            var endpoint = gateway.GetEndpoint("http");
            builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<ReadyAnnouncer>(services, endpoint, accounts));
        }

        return builder;
    }
}
