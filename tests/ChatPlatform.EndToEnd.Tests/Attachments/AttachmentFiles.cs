using ChatPlatform.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.EndToEnd.Tests.Attachments;

/// <summary>The files in the platform's attachment store (<c>&lt;state dir&gt;/attachments</c>, shared by the Messages replicas).</summary>
internal static class AttachmentFiles
{
    public static IReadOnlyList<string> In(PlatformFixture platform)
    {
        var stateDirectory = platform.App.Services.GetRequiredService<IConfiguration>()["ChatPlatform:StateDirectory"]
            ?? throw new InvalidOperationException("The AppHost has no state directory.");
        var root = Path.Combine(stateDirectory, "attachments");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
    }

    /// <summary>
    /// Files that are there now and were not in <paramref name="before"/>. A refused upload must add none; comparing
    /// whole listings instead failed when an earlier test's refused upload was still being removed as this one began.
    /// </summary>
    public static IReadOnlyList<string> AddedSince(PlatformFixture platform, IReadOnlyList<string> before) =>
        [.. In(platform).Except(before)];
}
