using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>Prints where to go and how to sign in once every resource is running and healthy.</summary>
internal sealed class ReadyAnnouncer(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    DistributedApplicationOptions options,
    IConfiguration configuration,
    ILogger<ReadyAnnouncer> logger,
    EndpointReference gateway,
    IReadOnlyList<SeedAccount> accounts) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(model.Resources
                .Where(resource => resource is not ParameterResource && !resource.Annotations.OfType<ExplicitStartupAnnotation>().Any())
                .Select(resource => notifications.WaitForResourceHealthyAsync(resource.Name, WaitBehavior.StopOnResourceUnavailable, stoppingToken)));
        }
        catch (DistributedApplicationException exception)
        {
            logger.LogError("ChatPlatform is not ready: {Reason}", exception.Message);
            return;
        }

        var lines = new List<string> { $"ChatPlatform is ready: gateway {gateway.Url}, dashboard {DashboardUrl()}" };
        foreach (var account in accounts)
        {
            var email = await account.Email.Resource.GetValueAsync(stoppingToken);
            var password = await account.Password.Resource.GetValueAsync(stoppingToken);
            lines.Add($"{account.Name}: {email} / {password}");
        }

        // One write, so log lines from other threads cannot land in between.
        await Console.Out.WriteAsync(string.Join(Environment.NewLine, lines) + Environment.NewLine);
    }

    private string DashboardUrl()
    {
        if (options.DisableDashboard)
        {
            return "disabled";
        }

        var url = configuration["ASPNETCORE_URLS"]?.Split(';')[0].TrimEnd('/');
        var token = configuration["AppHost:BrowserToken"];
        return token is null ? $"{url}/" : $"{url}/login?t={token}";
    }
}
