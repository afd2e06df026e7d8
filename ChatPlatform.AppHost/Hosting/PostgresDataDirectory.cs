using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>Makes the data directory usable by the user the server runs as.</summary>
internal static class PostgresDataDirectory
{
    public static async Task PrepareAsync(string dataDirectory, BeforeResourceStartedEvent e, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        if (!Environment.IsPrivilegedProcess)
        {
            return;
        }

        using var chown = Process.Start("chown", ["postgres:postgres", dataDirectory]);
        await chown.WaitForExitAsync(cancellationToken);
        if (chown.ExitCode != 0)
        {
            throw new DistributedApplicationException($"Could not give {dataDirectory} to the postgres user.");
        }

        var logger = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(e.Resource);
        for (var directory = Directory.GetParent(dataDirectory); directory is not null; directory = directory.Parent)
        {
            var mode = directory.UnixFileMode;
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                directory.UnixFileMode = mode | UnixFileMode.OtherExecute;
                logger.LogInformation("Made {Directory} traversable (o+x) so the postgres user can reach its data directory.", directory.FullName);
            }
        }
    }
}
