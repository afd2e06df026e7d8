using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.AppHost.Hosting;

public static class StateDirectoryExtensions
{
    /// <summary>
    /// Creates the state directory when the app starts; an ephemeral one is deleted once the app has
    /// stopped and DCP has ended every process that wrote into it.
    /// </summary>
    public static IDistributedApplicationBuilder AddStateDirectory(this IDistributedApplicationBuilder builder)
    {
        var directory = builder.GetStateDirectory();
        var ephemeral = builder.IsEphemeral();

        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            Directory.CreateDirectory(directory);
            if (ephemeral)
            {
                var logger = e.Services.GetRequiredService<ILogger<DistributedApplication>>();
                e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() => Delete(directory, logger));
            }

            return Task.CompletedTask;
        });

        return builder;
    }

    private static void Delete(string directory, ILogger logger)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not delete the ephemeral state directory {Directory}.", directory);
        }
    }
}
