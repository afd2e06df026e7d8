using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.ServiceDefaults.Discovery;

/// <summary>
/// The replica directory (configuration section <c>ReplicaDirectory</c>): replicas announce their own address in Redis
/// and callers reach them directly, instead of through a proxy in front of them. The AppHost turns it on for a local
/// run, where that proxy is DCP's user-space one; in a cluster the platform's service routing does this job and it
/// stays off.
/// </summary>
public sealed class ReplicaDirectoryOptions
{
    public const string SectionName = "ReplicaDirectory";

    public bool Enabled { get; set; }

    /// <summary>The address this replica announces; default: the address Kestrel listens on, with a loopback host.</summary>
    public Uri? AdvertisedUrl { get; set; }

    /// <summary>The name callers resolve (<c>http://presence</c>); default: OTEL_SERVICE_NAME, which Aspire sets to the resource name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>How often a replica renews its entry; an entry lives three of these, so a crashed replica drops out soon.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan EntryLifetime => Interval * 3;
}
