using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

/// <summary>
/// With <c>CHATPLATFORM_TEST_LOGS=DIR</c>, every resource's console output (each replica's) is written to
/// <c>DIR/&lt;replica&gt;.log</c> while the platform runs: what to read when an end-to-end test fails.
/// </summary>
internal static class ResourceLogFiles
{
    public const string DirectoryVariable = "CHATPLATFORM_TEST_LOGS";

    public static void StartWriting(DistributedApplication app, CancellationToken stopping)
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is not { Length: > 0 } directory)
        {
            return;
        }
        Directory.CreateDirectory(directory);
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        _ = Task.Run(async () =>
        {
            var watched = new HashSet<string>();
            await foreach (var change in app.ResourceNotifications.WatchAsync(stopping))
            {
                if (watched.Add(change.ResourceId))
                {
                    _ = WriteAsync(logs, change.ResourceId, Path.Combine(directory, change.ResourceId + ".log"), stopping);
                }
            }
        }, stopping);
    }

    private static async Task WriteAsync(ResourceLoggerService logs, string resourceId, string path, CancellationToken stopping)
    {
        try
        {
            await using var file = new StreamWriter(path, append: true) { AutoFlush = true };
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(stopping))
            {
                foreach (var line in batch)
                {
                    await file.WriteLineAsync(line.Content);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
